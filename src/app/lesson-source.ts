/**
 * The lessons bundled with the app. The catalog needs only each lesson's front matter and step count,
 * so lesson.md files are bundled up front (small) and every other file is loaded when its lesson opens.
 */
import { loadLessons, type Lesson, type LessonProblem } from '../lessons/loader.ts';
import { splitFrontMatter } from '../lessons/front-matter.ts';

const introFiles = import.meta.glob('../../lessons/*/lesson.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const lazyFiles = import.meta.glob(['../../lessons/*/start.yaml', '../../lessons/*/steps/*.md'], { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

/** A lesson as the catalog shows it. */
export interface CatalogEntry {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  teaches: string[];
  steps: number;
  folder: string;
}

const folderOf = (path: string): string => path.split('/lessons/')[1]?.split('/')[0] ?? '';

/** The catalog, in lesson order. Lessons whose lesson.md is unreadable are left out. */
export function catalogEntries(): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const [path, text] of Object.entries(introFiles).sort(([a], [b]) => a.localeCompare(b))) {
    const folder = folderOf(path);
    try {
      const data = splitFrontMatter(text).data as Record<string, unknown>;
      if (typeof data.id !== 'string' || typeof data.title !== 'string') continue;
      out.push({
        id: data.id,
        title: data.title,
        summary: typeof data.summary === 'string' ? data.summary : '',
        minutes: typeof data.minutes === 'number' ? data.minutes : 0,
        teaches: Array.isArray(data.teaches) ? data.teaches.filter((t): t is string => typeof t === 'string') : [],
        steps: Object.keys(lazyFiles).filter((p) => p.includes(`/lessons/${folder}/steps/`)).length,
        folder,
      });
    } catch {
      // A broken lesson.md is reported by `iam-lab lessons check`; the catalog just leaves it out.
    }
  }
  return out;
}

/** Load one lesson in full (its start account spec and steps). */
export async function loadLesson(id: string): Promise<{ lesson?: Lesson; problems: LessonProblem[] }> {
  const entry = catalogEntries().find((e) => e.id === id);
  if (!entry) return { problems: [{ file: id, message: 'no such lesson' }] };
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(introFiles)) if (folderOf(path) === entry.folder) files[`${entry.folder}/lesson.md`] = text;
  await Promise.all(
    Object.entries(lazyFiles)
      .filter(([path]) => folderOf(path) === entry.folder)
      .map(async ([path, load]) => {
        files[path.split('/lessons/')[1] as string] = await load();
      }),
  );
  const { lessons, problems } = loadLessons(files);
  return lessons[0] ? { lesson: lessons[0], problems } : { problems };
}
