import { describeFieldChange, diffJson, formatValue } from "@/lib/access/json-diff";

/** An audit event's before and after as a list of field changes, not two JSON blobs. */
export function FieldChanges({ before, after }: { before: unknown; after: unknown }) {
  const changes = diffJson(before, after);
  if (changes.length === 0) return <span className="text-slate-500">No recorded fields</span>;

  return (
    <ul className="space-y-0.5 text-xs">
      {changes.map((change) => (
        <li key={change.path} aria-label={describeFieldChange(change)}>
          <span className="font-mono text-slate-600">{change.path}</span>{" "}
          {change.kind === "added" && <span className="text-green-800">+ {formatValue(change.after)}</span>}
          {change.kind === "removed" && (
            <span className="text-red-800 line-through">{formatValue(change.before)}</span>
          )}
          {change.kind === "changed" && (
            <>
              <span className="text-red-800 line-through">{formatValue(change.before)}</span> →{" "}
              <span className="text-green-800">{formatValue(change.after)}</span>
            </>
          )}
          {change.kind === "items" && (
            <>
              {change.added.map((item) => (
                <span key={`+${formatValue(item)}`} className="mr-1 text-green-800">
                  + {formatValue(item)}
                </span>
              ))}
              {change.removed.map((item) => (
                <span key={`-${formatValue(item)}`} className="mr-1 text-red-800">
                  − {formatValue(item)}
                </span>
              ))}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
