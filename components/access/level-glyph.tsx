import type { Level } from "@/lib/scenario/schema";

// The access level drawn as Dynamics draws it in a role: an empty circle for
// None, then a quarter, half, three quarters and a full disc (R9). The glyph
// is an image with its level as text, so it reads the same to everyone.

export const LEVEL_TEXT: Record<Level, string> = {
  None: "None",
  Basic: "User (Basic)",
  Local: "Business Unit (Local)",
  Deep: "Parent: Child Business Units (Deep)",
  Global: "Organization (Global)",
};

const FILL: Record<Level, number> = { None: 0, Basic: 0.25, Local: 0.5, Deep: 0.75, Global: 1 };
const COLOR: Record<Level, string> = {
  None: "#94a3b8",
  Basic: "#d97706",
  Local: "#d97706",
  Deep: "#15803d",
  Global: "#15803d",
};

function wedge(fraction: number) {
  const angle = fraction * 2 * Math.PI;
  const x = 8 + 6 * Math.sin(angle);
  const y = 8 - 6 * Math.cos(angle);

  return `M8 8 L8 2 A6 6 0 ${fraction > 0.5 ? 1 : 0} 1 ${x.toFixed(3)} ${y.toFixed(3)} Z`;
}

export function LevelGlyph({
  level,
  size = 16,
  labelled = true,
}: {
  level: Level;
  size?: number;
  labelled?: boolean;
}) {
  const fill = FILL[level];
  const color = COLOR[level];

  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      role={labelled ? "img" : undefined}
      aria-label={labelled ? LEVEL_TEXT[level] : undefined}
      aria-hidden={labelled ? undefined : true}
      className="inline-block shrink-0"
    >
      <circle cx="8" cy="8" r="6.5" fill="white" stroke={color} strokeWidth="1.5" />
      {fill === 1 && <circle cx="8" cy="8" r="6" fill={color} />}
      {fill > 0 && fill < 1 && <path d={wedge(fill)} fill={color} />}
    </svg>
  );
}

export function LevelLegend() {
  return (
    <ul aria-label="Access levels" className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-600">
      {(Object.keys(LEVEL_TEXT) as Level[]).map((level) => (
        <li key={level} className="flex items-center gap-1.5">
          <LevelGlyph level={level} labelled={false} />
          {LEVEL_TEXT[level]}
        </li>
      ))}
    </ul>
  );
}
