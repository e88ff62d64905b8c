import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, MessageBar, MessageBarBody, Text, mergeClasses } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import { localize } from '../core/text';
import type { PointsModel } from '../core/model/types';
import { usePaneLanguage } from './pane-context';
import { usePaneStyles } from './styles';

/**
 * A points model is not rated by behaviour checkboxes: points go into the cells. The pane shows, for
 * reference, each element's maximum points per level and its assessment standard.
 */
export function PointsModelHelp({ model, focus }: { model: PointsModel; focus: { elementId: string; at: number } | null }) {
  const { t, locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const headingId = useId();
  const [open, setOpen] = useState<string[]>([]);
  const label = (levelId: string) => localize(model.scale.levels.find((l) => l.id === levelId)?.label, locale);

  useEffect(() => {
    if (!focus) return;
    setOpen((previous) => (previous.includes(focus.elementId) ? previous : [...previous, focus.elementId]));
    const header = document.getElementById(`points-element-${focus.elementId}`)?.querySelector('button');
    header?.focus();
    header?.scrollIntoView?.({ block: 'nearest' });
  }, [focus]);

  return (
    <section aria-labelledby={headingId} className={styles.looseStack}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {localize(model.name, locale)}
      </Text>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {t.pointsIntro} {t.pointsTotal}
        </MessageBarBody>
      </MessageBar>
      <Text as="p" className={styles.heading}>
        {t.pointsColumns(model.scale.levels.map((level) => label(level.id)).join(' · '))}
      </Text>
      {model.groups.map((group) => {
        const totals = new Set(model.scale.levels.map((level) => group.elements.reduce((sum, e) => sum + (e.maxPoints[level.id] ?? 0), 0)));
        return (
          <div key={group.id} className={styles.stack}>
            <Text as="h3" weight="semibold" size={400} className={styles.heading}>
              {localize(group.name, locale)}
              {totals.size === 1 ? ` · ${t.pointsGroupTotal([...totals][0])}` : ''}
            </Text>
            <Accordion multiple collapsible openItems={open} onToggle={(_, data) => setOpen(data.openItems as string[])}>
              {group.elements.map((element) => (
                <AccordionItem key={element.id} value={element.id} id={`points-element-${element.id}`}>
                  <AccordionHeader as="h4">
                    {localize(element.name, locale)} ({model.scale.levels.map((level) => element.maxPoints[level.id] ?? 0).join(' · ')})
                  </AccordionHeader>
                  <AccordionPanel>
                    <dl className={styles.stack}>
                      {model.scale.levels.map((level) => {
                        const max = element.maxPoints[level.id] ?? 0;
                        const criteria = localize(element.criteria?.[level.id], locale);
                        return (
                          <div key={level.id}>
                            <dt>
                              <Text weight="semibold">{max > 0 ? t.pointsMax(label(level.id), max) : t.pointsNotApplicable(label(level.id))}</Text>
                            </dt>
                            {max > 0 ? (
                              <dd className={mergeClasses(styles.preWrap, !criteria && styles.muted)}>{criteria || t.pointsNoCriteria}</dd>
                            ) : null}
                          </div>
                        );
                      })}
                    </dl>
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          </div>
        );
      })}
      {model.knowledge.exams.length > 0 ? (
        <div className={styles.stack}>
          <Text as="h3" weight="semibold" size={400} className={styles.heading}>
            {t.pointsKnowledgeHeading}
          </Text>
          <ul className={styles.list}>
            {model.knowledge.exams.map((exam) => (
              <li key={exam.id}>{t.pointsExam(localize(exam.name, locale), exam.fullMarks, exam.share)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {model.deductions.length > 0 ? (
        <div className={styles.stack}>
          <Text as="h3" weight="semibold" size={400} className={styles.heading}>
            {t.pointsDeductionsHeading}
          </Text>
          <ul className={styles.list}>
            {model.deductions.map((deduction) => (
              <li key={deduction.id}>
                {t.pointsDeduction(
                  localize(deduction.name, locale),
                  model.scale.levels.map((level) => `${label(level.id)} ${deduction.requiredByLevel[level.id] ?? 0}`).join(t.listSeparator),
                  deduction.pointsEach,
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
