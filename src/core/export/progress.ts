/** What an export reports while it runs (the app's export worker posts it to the progress bar). */

/**
 * How far an export has come, for a progress bar: `done` of `total` stages are finished and `stage` is the one
 * under way (`target` names the file being written). A single target has three stages (read, check, write);
 * a bundle has nine (read, check, the descriptor, the table, the four engines, the zip); an OpenCPS package one
 * per variant checked and one for the zip.
 */
export interface ExportProgress {
  stage: 'parse' | 'validate' | 'target' | 'package';
  target?: string;
  done: number;
  total: number;
}
