import { FluentProvider, Label, Select, Text, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Locale } from '../core/model/types';
import type { AssessmentOperations } from '../host/assessment-operations';
import type { RoundOperations } from '../host/round-operations';
import type { RaterOperations } from '../host/rater-operations';
import type { RunDiagnostics } from '../host/diagnostics';
import type { WorkbookOperations } from '../host/workbook-operations';
import { toLocale } from '../core/locale';
import { ModelSource } from '../core/model/model-source';
import { ENGLISH, LANGUAGE_NAMES, loadedStrings, loadStrings } from './i18n';
import { Pane } from './Pane';
import type { ExportDeck } from './actions/ProfileActions';
import { PaneLanguageContext, usePaneLanguage, type PaneLanguage } from './pane-context';
import { loadedTheme, loadTheme, type PaneThemeName } from './theme';

export interface PaneAppProps {
  /** The workbook: Office.js in Excel, the workbench's workbook, or a fake in tests. */
  ops: WorkbookOperations;
  /** Whole-assessment operations; without them the outside-table actions are not offered. */
  assessmentOps?: AssessmentOperations;
  /** Builds the slide deck (loaded lazily by whoever mounts the pane); without it there is no export button. */
  exportDeck?: ExportDeck;
  /** A round's assessor files (prepare, collect); without them those actions are not offered. */
  roundOps?: RoundOperations;
  /** Several raters in one workbook (identity per user, ratings as rows of the Ratings table). */
  raterOps?: RaterOperations;
  /** The language to start in (Office's display language); the pane has a switch. */
  initialLocale?: Locale;
  /** Office's theme; the dark one loads on demand (the host may load it first: see loadTheme). */
  theme?: PaneThemeName;
  /** The runtime's model source, shared with the functions; without one the pane keeps its own. */
  models?: ModelSource;
  /** The host's first-run check (Excel only). */
  runDiagnostics?: RunDiagnostics;
}

const useStyles = makeStyles({
  // On a div inside the provider: FluentProvider hands its className to every portal's mount node
  // (tooltips, dialogs), and a full-height mount node would cover the pane.
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  header: { display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0 },
  language: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

/** The task pane: rating against behaviour descriptors, model choice, search and workbook actions. */
export function PaneApp({ ops, assessmentOps, exportDeck, roundOps, raterOps, initialLocale, theme = 'light', models, runDiagnostics }: PaneAppProps) {
  const [ownModels] = useState(() => new ModelSource());
  const styles = useStyles();
  const [language, setLocale] = usePaneStrings(initialLocale ?? toLocale(typeof navigator !== 'undefined' ? navigator.language : 'zh-CN'));
  const fluentTheme = usePaneTheme(theme);
  // Until the first language's strings and the theme are here the pane shows nothing, rather than English or light first.
  if (!language || !fluentTheme) return null;
  return (
    <FluentProvider theme={fluentTheme} lang={language.locale}>
      <PaneLanguageContext.Provider value={language}>
        <div className={styles.root}>
          <Pane
            header={
              <header className={styles.header}>
                <Text as="h1" size={600} weight="semibold" className={styles.title}>
                  {language.t.appTitle}
                </Text>
                <LanguageSwitch onChange={setLocale} />
              </header>
            }
            ops={ops}
            models={models ?? ownModels}
            assessmentOps={assessmentOps}
            exportDeck={exportDeck}
            roundOps={roundOps}
            raterOps={raterOps}
            runDiagnostics={runDiagnostics}
          />
        </div>
      </PaneLanguageContext.Provider>
    </FluentProvider>
  );
}

/**
 * The shown language and the switch to another. A language whose strings are not loaded yet is
 * shown once they are (until then the one before it stays; at the start, none); the latest choice wins.
 * If the first language cannot load, the pane shows English (the switch can try again).
 */
function usePaneStrings(initial: Locale): [PaneLanguage | null, (locale: Locale) => void] {
  const [language, setLanguage] = useState<PaneLanguage | null>(() => {
    const t = loadedStrings(initial);
    return t ? { locale: initial, t } : null;
  });
  const wanted = useRef(initial);
  const choose = useCallback((locale: Locale) => {
    wanted.current = locale;
    const t = loadedStrings(locale);
    if (t) return setLanguage({ locale, t });
    loadStrings(locale).then(
      (loaded) => {
        if (wanted.current === locale) setLanguage({ locale, t: loaded });
      },
      () => undefined,
    );
  }, []);
  const waiting = language === null;
  useEffect(() => {
    if (!waiting) return;
    let mounted = true;
    loadStrings(initial).then(
      (t) => {
        if (mounted && wanted.current === initial) setLanguage({ locale: initial, t });
      },
      () => {
        if (mounted) setLanguage((shown) => shown ?? { locale: 'en-US', t: ENGLISH });
      },
    );
    return () => {
      mounted = false;
    };
  }, [waiting, initial]);
  return [language, choose];
}

/** The Fluent theme, once loaded; a theme that cannot load leaves the light one. */
function usePaneTheme(name: PaneThemeName): Theme | null {
  const [loaded, setLoaded] = useState<{ name: PaneThemeName; theme: Theme } | null>(() => {
    const theme = loadedTheme(name);
    return theme ? { name, theme } : null;
  });
  const ready = loaded?.name === name ? loaded.theme : loadedTheme(name);
  useEffect(() => {
    if (ready) return;
    let mounted = true;
    loadTheme(name).then(
      (theme) => mounted && setLoaded({ name, theme }),
      () => mounted && setLoaded({ name, theme: loadedTheme('light')! }),
    );
    return () => {
      mounted = false;
    };
  }, [name, ready]);
  return ready ?? (loaded ? loaded.theme : null);
}

function LanguageSwitch({ onChange }: { onChange(locale: Locale): void }) {
  const { t, locale } = usePaneLanguage();
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.language}>
      <Label htmlFor={id} size="small">
        {t.languageLabel}
      </Label>
      <Select id={id} size="small" value={locale} onChange={(_, data) => onChange(data.value as Locale)}>
        {(Object.keys(LANGUAGE_NAMES) as Locale[]).map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </Select>
    </div>
  );
}
