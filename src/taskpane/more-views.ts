// What the pane shows besides the rating view, loaded on demand (see Pane.tsx): the outside-table
// view with the workbook actions, a points model's help, the column mapping of a table and the
// first-run check.
export { AssessmentActions } from './actions/AssessmentActions';
export { Diagnostics } from './Diagnostics';
export { OutsideView } from './OutsideView';
export { PointsModelHelp } from './PointsModelHelp';
export { TableView } from './TableView';
