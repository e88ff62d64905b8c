import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { usePaneStyles } from './styles';

/** A message for the user after an action: what happened and, for a rejection, each reason. */
export interface NoticeMessage {
  intent: 'success' | 'error' | 'warning' | 'info';
  text: string;
  /** One line per problem (an import's path or row and reason). */
  issues?: string[];
}

/** `dismiss`: the label of a button that hides a notice that would otherwise stay. */
export function Notice({ notice, dismiss }: { notice: NoticeMessage | null; dismiss?: { label: string; onDismiss(): void } }) {
  const styles = usePaneStyles();
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} politeness={notice.intent === 'error' ? 'assertive' : 'polite'} layout="multiline">
      <MessageBarBody>
        {notice.issues?.length ? <MessageBarTitle>{notice.text}</MessageBarTitle> : notice.text}
        {notice.issues?.length ? (
          <ul className={styles.list}>
            {notice.issues.map((issue, i) => (
              <li key={i}>{issue}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
      {dismiss ? (
        <MessageBarActions>
          <Button size="small" onClick={dismiss.onDismiss}>
            {dismiss.label}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
