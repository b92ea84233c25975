// What the import worker does with a request: runs the import pipeline, passes progress on (at most every
// 50 ms) and answers with the outcome and its link index, or with the error. Apart from the worker entry so
// that a test can drive it with a stand-in for the worker's scope.
import { linkIndexOf } from '../domain/linkIndex';
import type { ImportRequestMessage, ImportResponseMessage } from '../io/import/messages';
import { importPipeline } from '../io/import/pipeline';
import type { ImportProgress } from '../io/import/types';

/** The part of a worker's scope the import answers through. */
export type PostResponse = (message: ImportResponseMessage, transfer?: Transferable[]) => void;

const PROGRESS_INTERVAL_MS = 50;

export async function answerImport(request: ImportRequestMessage, post: PostResponse): Promise<void> {
  try {
    let lastPost = 0;
    const reportProgress = (progress: ImportProgress) => {
      const now = performance.now();
      if (now - lastPost > PROGRESS_INTERVAL_MS || progress.overall >= 1) {
        lastPost = now;
        post({ type: 'progress', ...progress });
      }
    };
    const outcome = await importPipeline(
      {
        files: request.files,
        base: request.base,
        mode: request.mode,
        remembered: new Map(request.remembered),
        chosen: new Map(request.chosen),
      },
      reportProgress,
    );
    // The link columns and their index (built here, off the page's thread) move to the page without a copy.
    const { links } = outcome.workspace;
    const index = linkIndexOf(outcome.workspace);
    post({ type: 'done', outcome, index }, [
      links.member.buffer,
      links.skill.buffer,
      links.level.buffer,
      links.interest.buffer,
      index.skillStart.buffer,
      index.bySkill.buffer,
      index.memberStart.buffer,
      index.byMember.buffer,
    ]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
