/** simpleheat 0.4 ships no types: the part of its chainable API the dashboard calls. */
declare module 'simpleheat' {
  export type HeatPoint = [x: number, y: number, weight: number];
  export interface SimpleHeat {
    data(points: HeatPoint[]): SimpleHeat;
    max(max: number): SimpleHeat;
    add(point: HeatPoint): SimpleHeat;
    clear(): SimpleHeat;
    radius(radius: number, blur?: number): SimpleHeat;
    gradient(stops: Record<number, string>): SimpleHeat;
    resize(): void;
    draw(minOpacity?: number): SimpleHeat;
  }
  export default function simpleheat(canvas: HTMLCanvasElement | string): SimpleHeat;
}
