import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof boundsSchema>;
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW: Omit<WindowState, 'x' | 'y'> = { width: 1360, height: 860, maximized: false };

export async function loadWindowState(file: string): Promise<WindowState | undefined> {
  try {
    const parsed = boundsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFile(file, JSON.stringify(state));
}

/** A remembered window must still be visible: a monitor may have been unplugged since last time. */
export function fitToDisplays(state: WindowState | undefined, displays: Area[]): Partial<WindowState> {
  if (!state) return { ...DEFAULT_WINDOW };
  const visible = displays.some(
    (d) =>
      state.x < d.x + d.width - 50 &&
      state.x + state.width > d.x + 50 &&
      state.y >= d.y - 10 &&
      state.y < d.y + d.height - 50,
  );
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
}
