/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'util';
import { parseModelFile } from '../core/model/model-file';
import { builtInModelList } from '../core/model/registry';
import type { CompetencyModel } from '../core/model/types';
import { FakeAssessmentOperations } from '../../test/helpers/pane-fakes';
import { ctAmWorkbook, renderPane } from '../../test/helpers/pane-render';

// jsdom lacks the encoding API that browsers and Office's web views have; Node's is the same.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const builtIn = (id: string): CompetencyModel => {
  const model = builtInModelList().find((m) => m.id === id);
  if (!model) throw new Error(`no built-in model ${id}`);
  return model;
};

/** The one delivered file, read back as the import reads it. */
function delivered(assessmentOps: FakeAssessmentOperations) {
  expect(assessmentOps.calls.deliverFile).toHaveLength(1);
  const [{ fileName, data, mimeType }] = assessmentOps.calls.deliverFile;
  return { fileName, mimeType, parsed: parseModelFile(new TextDecoder().decode(data)) };
}

describe('exporting the model as a file', () => {
  it('delivers the chosen model as <id>-v<version>.json that imports back as the same model', async () => {
    const assessmentOps = new FakeAssessmentOperations();
    const { user } = renderPane(ctAmWorkbook({ outside: 'A1' }), { assessmentOps });
    await screen.findByRole('heading', { name: '请选中评级单元格' });
    await user.click(screen.getByRole('button', { name: '导出此模型(JSON)' }));
    expect(await screen.findByText('已将「中国电信政企客户经理能力素质模型」导出为 ct-am-v1.json。')).toBeInTheDocument();
    const { fileName, mimeType, parsed } = delivered(assessmentOps);
    expect(fileName).toBe('ct-am-v1.json');
    expect(mimeType).toBe('application/json');
    expect(parsed).toEqual({ ok: true, model: builtIn('ct-am') });
  });

  it('in English, exports the model chosen in the picker', async () => {
    const assessmentOps = new FakeAssessmentOperations();
    const { user } = renderPane(ctAmWorkbook({ outside: 'A1' }), { assessmentOps, initialLocale: 'en-US' });
    await screen.findByRole('heading', { name: 'Select a rating cell' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Model' }), 'cm-gcam');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Model' })).toHaveValue('cm-gcam'));
    await user.click(screen.getByRole('button', { name: 'Export this model (JSON)' }));
    expect(await screen.findByText(/^Exported .+ as cm-gcam-v1\.json\.$/)).toBeInTheDocument();
    const { fileName, parsed } = delivered(assessmentOps);
    expect(fileName).toBe('cm-gcam-v1.json');
    expect(parsed).toEqual({ ok: true, model: builtIn('cm-gcam') });
  });

  it("exports the workbook's own imported model unchanged", async () => {
    const assessmentOps = new FakeAssessmentOperations();
    const { user } = renderPane(ctAmWorkbook({ outside: 'A1' }), { assessmentOps });
    await screen.findByRole('heading', { name: '请选中评级单元格' });
    const own = { ...builtIn('ct-am'), id: 'our-model', version: '2.1', name: { zh: '我们的模型', en: 'Our model' } };
    await user.upload(screen.getByLabelText('模型文件(JSON)'), new File([JSON.stringify(own)], 'own.json', { type: 'application/json' }));
    expect(await screen.findByText('我们的模型 现为本工作簿的模型。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '导出此模型(JSON)' }));
    expect(await screen.findByText('已将「我们的模型」导出为 our-model-v2.1.json。')).toBeInTheDocument();
    const { fileName, parsed } = delivered(assessmentOps);
    expect(fileName).toBe('our-model-v2.1.json');
    expect(parsed.ok && parsed.model).toEqual(own);
  });

  it('says so when the file cannot be delivered', async () => {
    const assessmentOps = new FakeAssessmentOperations();
    assessmentOps.deliverFile = jest.fn().mockRejectedValue(new Error('downloads are blocked'));
    const { user } = renderPane(ctAmWorkbook({ outside: 'A1' }), { assessmentOps });
    await screen.findByRole('heading', { name: '请选中评级单元格' });
    await user.click(screen.getByRole('button', { name: '导出此模型(JSON)' }));
    expect(await screen.findByText('出错了:downloads are blocked')).toBeInTheDocument();
  });

  it('offers no export without assessment operations', async () => {
    renderPane(ctAmWorkbook({ outside: 'A1' }));
    await screen.findByRole('heading', { name: '请选中评级单元格' });
    expect(screen.getByRole('button', { name: '导入模型文件(JSON)…' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '导出此模型(JSON)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export this model (JSON)' })).not.toBeInTheDocument();
  });
});
