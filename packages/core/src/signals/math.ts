/** §4.3 floating point: distances are `Math.sqrt(dx*dx + dy*dy)`, the same on every runtime. */
export const hypot = (dx: number, dy: number): number => Math.sqrt(dx * dx + dy * dy);

/** Three decimals, half up (x >= 0). */
export const round3 = (x: number): number => Math.floor(x * 1000 + 0.5) / 1000;
