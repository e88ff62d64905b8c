/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import type { LevelModel, Locale } from '../core/model/types';
import type { CollectReport, PickedFile, PreparedWorkbooks, RoundOperations } from '../host/round-operations';
import { FakeAssessmentOperations } from '../../test/helpers/pane-fakes';
import { ctAmWorkbook, renderPane } from '../../test/helpers/pane-render';

/** The round's two actions in the pane: what the user picks goes to the host; the report says what was taken and refused. */
class FakeRound implements RoundOperations {
  collected: { names: string[]; sizes: number[]; model: string; locale: Locale }[] = [];
  prepared: PreparedWorkbooks = { files: [{ rater: 'M-a', fileName: 'Ratings M-a.xlsx', people: 1 }], problems: [] };
  report: CollectReport = {
    taken: [{ fileName: 'Ratings M-a.xlsx', ratings: 18, raters: ['M-a'] }],
    refused: [{ fileName: 'Ratings P1-a.xlsx', reasons: [{ en: 'people not in this assessment: E9', zh: '本评估中没有这些人员:E9' }] }],
  };
  async prepareAssessorWorkbooks(_model: LevelModel, _locale: Locale) {
    return this.prepared;
  }
  async collectReturnedWorkbooks(files: readonly PickedFile[], model: LevelModel, locale: Locale) {
    this.collected.push({ names: files.map((f) => f.name), sizes: files.map((f) => f.data.length), model: model.id, locale });
    return this.report;
  }
}

const outside = () => ctAmWorkbook({ outside: 'K3' });

describe('a round with several raters in the pane', () => {
  it('prepares the assessor workbooks and lists the files', async () => {
    const roundOps = new FakeRound();
    const { user } = renderPane(outside(), { assessmentOps: new FakeAssessmentOperations(), roundOps, initialLocale: 'en-US' });
    await user.click(await screen.findByRole('button', { name: 'Prepare assessor workbooks' }, { timeout: 20000 }));
    expect(await screen.findByText('1 assessor workbook(s) prepared.')).toBeInTheDocument();
    expect(screen.getByText('Ratings M-a.xlsx')).toBeInTheDocument();
  });

  it('says why nothing was prepared when the assignments are wrong', async () => {
    const roundOps = new FakeRound();
    roundOps.prepared = { files: [], problems: [{ en: 'assignment row 1: E7 is not in the Assessment table', zh: '分配表第 1 行:评估表中没有 E7' }] };
    const { user } = renderPane(outside(), { assessmentOps: new FakeAssessmentOperations(), roundOps });
    await user.click(await screen.findByRole('button', { name: '生成评价人工作簿' }, { timeout: 20000 }));
    expect(await screen.findByText('未生成任何文件:')).toBeInTheDocument();
    expect(screen.getByText('分配表第 1 行:评估表中没有 E7')).toBeInTheDocument();
  });

  it('collects the files the user picks and reports what was taken and what was refused, with the reasons', async () => {
    const roundOps = new FakeRound();
    const { user } = renderPane(outside(), { assessmentOps: new FakeAssessmentOperations(), roundOps, initialLocale: 'en-US' });
    const input = await screen.findByLabelText('Collect returned workbooks', { selector: 'input' });
    await user.upload(input, [new File([new Uint8Array([1, 2, 3])], 'Ratings M-a.xlsx'), new File([new Uint8Array([4, 5])], 'Ratings P1-a.xlsx')]);
    expect(await screen.findByText('1 file(s) collected, 18 rating(s). 1 file(s) refused, nothing written from them:', {}, { timeout: 20000 })).toBeInTheDocument();
    expect(screen.getByText('Collected Ratings M-a.xlsx: 18 rating(s) (M-a)')).toBeInTheDocument();
    expect(screen.getByText('Refused Ratings P1-a.xlsx: people not in this assessment: E9')).toBeInTheDocument();
    expect(roundOps.collected).toEqual([{ names: ['Ratings M-a.xlsx', 'Ratings P1-a.xlsx'], sizes: [3, 2], model: 'ct-am', locale: 'en-US' }]);
  });
});
