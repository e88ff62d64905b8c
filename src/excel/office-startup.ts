/**
 * A workbook that carries the add-in's data asks Office to load the add-in with the document, so
 * its HR formulas compute when it is reopened, before anyone opens the pane (shared runtime only;
 * elsewhere Office decides, and the formulas compute once the add-in is started).
 */
let asked = false;

export async function loadAddInWithDocument(): Promise<boolean> {
  if (asked) return true;
  if (typeof Office === 'undefined' || Office.context?.requirements?.isSetSupported('SharedRuntime', '1.1') !== true) return false;
  if (typeof Office.addin?.setStartupBehavior !== 'function') return false;
  try {
    // The enum's value, not Office.StartupBehavior.load: the enum object is absent in some hosts' early start.
    await Office.addin.setStartupBehavior('Load' as Office.StartupBehavior);
    asked = true;
    return true;
  } catch {
    // Refused (an older build, a policy): the formulas still compute once the pane has started the add-in.
    return false;
  }
}

/** Tests: forget that the behaviour was already asked for. */
export function resetStartupBehaviourForTests(): void {
  asked = false;
}
