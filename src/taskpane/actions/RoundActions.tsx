import { Button, Spinner, Text } from '@fluentui/react-components';
import { useId, useRef } from 'react';
import type { LevelModel, Locale } from '../../core/model/types';
import type { CollectReport, PickedFile, PreparedWorkbooks, RoundOperations } from '../../host/round-operations';
import { Notice, type NoticeMessage } from '../Notice';
import { usePaneLanguage } from '../pane-context';
import { usePaneStyles } from '../styles';
import { useAction } from './use-action';

/** A round with several raters: prepare one workbook per assessor, collect the returned ones. */

const STRINGS = {
  'zh-CN': {
    heading: '多人评价轮次',
    prepare: '生成评价人工作簿',
    collect: '收回评价人工作簿',
    hint: '评价记录表旁的 RaterAssignments 表列出谁评价谁;每位评价人得到一个只含其所评人员的文件,填好后选择收回的文件。',
    prepared: (n: number) => `已生成 ${n} 个评价人工作簿。`,
    notPrepared: '未生成任何文件:',
    taken: (files: number, ratings: number) => `收回 ${files} 个文件,共 ${ratings} 条评价。`,
    refused: (n: number) => `${n} 个文件被拒收,未写入任何内容:`,
    takenLine: (name: string, ratings: number, raters: string) => `已收回 ${name}:${ratings} 条评价(${raters})`,
    refusedLine: (name: string, reasons: string) => `拒收 ${name}:${reasons}`,
  },
  'en-US': {
    heading: 'Round with several raters',
    prepare: 'Prepare assessor workbooks',
    collect: 'Collect returned workbooks',
    hint: 'The RaterAssignments table beside the Ratings table says who rates whom; each assessor gets a file with only the people they rate. Pick the returned files to collect them.',
    prepared: (n: number) => `${n} assessor workbook(s) prepared.`,
    notPrepared: 'No file was prepared:',
    taken: (files: number, ratings: number) => `${files} file(s) collected, ${ratings} rating(s).`,
    refused: (n: number) => `${n} file(s) refused, nothing written from them:`,
    takenLine: (name: string, ratings: number, raters: string) => `Collected ${name}: ${ratings} rating(s) (${raters})`,
    refusedLine: (name: string, reasons: string) => `Refused ${name}: ${reasons}`,
  },
} satisfies Record<Locale, unknown>;

function preparedMessage(result: PreparedWorkbooks, locale: Locale): NoticeMessage {
  const s = STRINGS[locale];
  if (result.problems.length > 0) return { intent: 'error', text: s.notPrepared, issues: result.problems.map((p) => (locale === 'zh-CN' ? p.zh : p.en) ?? '') };
  return { intent: 'success', text: s.prepared(result.files.length), issues: result.files.map((f) => f.fileName) };
}

function collectMessage(report: CollectReport, locale: Locale): NoticeMessage {
  const s = STRINGS[locale];
  const ratings = report.taken.reduce((sum, f) => sum + f.ratings, 0);
  const issues = [
    ...report.taken.map((f) => s.takenLine(f.fileName, f.ratings, f.raters.join(', '))),
    ...report.refused.map((f) => s.refusedLine(f.fileName, f.reasons.map((r) => (locale === 'zh-CN' ? r.zh : r.en) ?? '').join(locale === 'zh-CN' ? ';' : '; '))),
  ];
  const text = report.refused.length ? `${s.taken(report.taken.length, ratings)} ${s.refused(report.refused.length)}` : s.taken(report.taken.length, ratings);
  return { intent: report.refused.length ? 'warning' : 'success', text, issues };
}

/** A picked file's bytes (FileReader: every WebView Office runs in has it). */
function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.readAsArrayBuffer(file);
  });
}

export function RoundActions({ roundOps, model }: { roundOps: RoundOperations; model: LevelModel }) {
  const { locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const s = STRINGS[locale];
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { busy, notice, run } = useAction();
  const { t } = usePaneLanguage();

  const collect = (list: FileList | null) => {
    const chosen = list ? [...list] : [];
    if (chosen.length === 0) return;
    void run(async () => {
      const files: PickedFile[] = await Promise.all(chosen.map(async (file) => ({ name: file.name, data: await readBytes(file) })));
      return collectMessage(await roundOps.collectReturnedWorkbooks(files, model, locale), locale);
    });
  };

  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <Text as="h4" id={headingId} weight="semibold">
        {s.heading}
      </Text>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void run(async () => preparedMessage(await roundOps.prepareAssessorWorkbooks(model, locale), locale))}>
          {s.prepare}
        </Button>
        <Button disabled={busy} onClick={() => input.current?.click()}>
          {s.collect}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={s.collect}
          style={{ display: 'none' }}
          onChange={(event) => {
            collect(event.target.files);
            event.target.value = '';
          }}
        />
        {busy ? <Spinner size="tiny" label={t.working} /> : null}
      </div>
      <Text size={200}>{s.hint}</Text>
      <Notice notice={notice} />
    </section>
  );
}
