import { ratingsColumnsRead } from './pane-rating';

describe('the columns the pane reads of the Ratings table', () => {
  it('every column but the evidence, time and source, whatever their case or spacing, and columns of the user’s own', () => {
    expect(ratingsColumnsRead(['PersonKey', 'Competency', 'RaterKey', 'Role', 'Level', ' evidence ', 'TIME', 'Source', 'Note'])).toEqual([0, 1, 2, 3, 4, 8]);
  });
});
