import { LEVELS, type Level } from "../scenario/schema";

// R9: access levels as ordinals so comparisons on the hot path are integer
// comparisons. Each level includes the ones before it.

export const NONE = 0;
export const BASIC = 1;
export const LOCAL = 2;
export const DEEP = 3;
export const GLOBAL = 4;

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function levelName(rank: number): Level {
  return LEVELS[rank] ?? "None";
}
