import { lazyModule } from './lazy-part';

/**
 * Parts of the rating view below its first screen: the Apply form (level override, comment,
 * assessor) and the footer (model picker, shortcuts). Each is a chunk loaded as the view first
 * mounts, so the first render and layout hold only what the assessor sees first; they follow a
 * moment later. A part once loaded renders at once on every later mount.
 */
const applyForm = lazyModule(() => import(/* webpackChunkName: "apply-form" */ './ApplyForm'));
const paneFooter = lazyModule(() => import(/* webpackChunkName: "pane-footer" */ './PaneFooter'));

export const ApplyForm = applyForm.part((module) => module.ApplyForm);
export const PaneFooter = paneFooter.part((module) => module.PaneFooter);

/** Loads both parts (tests that use them at once; a host that wants them before the first view). */
export async function preloadDeferredParts(): Promise<void> {
  await Promise.all([applyForm.preload(), paneFooter.preload()]);
}
