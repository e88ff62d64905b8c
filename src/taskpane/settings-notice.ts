import type { IgnoredSetting } from '../host/workbook-operations';
import type { Strings } from './i18n';
import type { NoticeMessage } from './Notice';

/** What the pane tells the user about settings it did not use: one line per fault, in the pane's language. */
export function ignoredSettingsNotice(ignored: IgnoredSetting[], t: Strings): NoticeMessage | null {
  if (!ignored.length) return null;
  const issues = ignored.map((entry) => {
    switch (entry.kind) {
      case 'unreadable':
        return t.settingsUnreadable(entry.recovered);
      case 'field':
        return t.settingsField(entry.field, entry.recovered, entry.issue ? t.issue(entry.issue.path, entry.issue.message) : '');
      case 'mappings':
        return t.settingsMappings(entry.entries.join(t.listSeparator));
      case 'unknown':
        return t.settingsUnknown(entry.fields.join(t.listSeparator));
    }
  });
  const faulty = ignored.some((entry) => entry.kind !== 'unknown');
  return { intent: faulty ? 'warning' : 'info', text: t.settingsIgnoredTitle, issues };
}
