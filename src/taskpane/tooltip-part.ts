// Its own chunk (see ShortcutTooltip): the tooltip and its positioning code load after the first render.
export { Tooltip } from '@fluentui/react-components';
