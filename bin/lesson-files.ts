/** Read the lessons/ folder of the repository (or another folder) as the loader's map of path → text. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLessons, type Lesson, type LessonProblem } from '../src/lessons/loader.ts';

/** The repository's lessons/ folder, found from this file (bin/ sits beside it). */
export const LESSONS_DIR = fileURLToPath(new URL('../lessons/', import.meta.url));

/** Every .md and .yaml file under `dir`, keyed by its path relative to `dir` with `/` separators. */
export function readLessonFiles(dir: string = LESSONS_DIR): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(md|ya?ml)$/.test(name)) files[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

/** Load the lessons of a folder (default: the repository's). */
export function loadLessonDir(dir: string = LESSONS_DIR): { lessons: Lesson[]; problems: LessonProblem[] } {
  return loadLessons(readLessonFiles(dir));
}
