import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout shared by the pane's components. */
export const usePaneStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  looseStack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  /** A level of the checklist: laid out and painted only when scrolled into view (the first view shows one or two). */
  offscreenCard: {
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 320px',
  },
  highlighted: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  muted: { color: tokens.colorNeutralForeground3 },
  preWrap: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  hiddenInput: { display: 'none' },
  // A drop-down as wide as its longest option would push the pane sideways: let it shrink instead.
  shrinkable: { minWidth: 0, maxWidth: '100%' },
});
