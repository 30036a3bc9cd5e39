import type { EffectiveSource } from "@/lib/engine";
import { LevelGlyph } from "./level-glyph";

/** Where a level comes from: each role, its BU, directly or through which team (R10, R13). */
export function SourceList({ sources }: { sources: EffectiveSource[] }) {
  if (sources.length === 0) return <p className="text-slate-500">No role grants it.</p>;

  return (
    <ul className="space-y-1.5">
      {sources.map((source, index) => (
        <li key={index} className="flex items-start gap-2">
          <LevelGlyph level={source.level} size={14} />
          <span>
            <span className="font-medium">{source.role}</span>{" "}
            <span className="text-slate-500">(role of {source.roleBusinessUnit})</span>, {source.level},{" "}
            {source.via === "user" ? (
              "assigned directly"
            ) : (
              <>
                through team <span className="font-medium">{source.team}</span>
                {source.teamBusinessUnit && (
                  <span className="text-slate-500"> ({source.teamBusinessUnit})</span>
                )}
                {"; "}
                {source.inheritance === "TeamOnly"
                  ? "team privileges only: Basic level applies only to records the team owns (R13)"
                  : "members use it as their own (R13)"}
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function sourcesSummary(sources: EffectiveSource[]) {
  return sources
    .map(
      (s) =>
        `${s.role} (${s.roleBusinessUnit}) ${s.via === "user" ? "directly" : `via team ${s.team}`}: ${s.level}`,
    )
    .join("; ");
}
