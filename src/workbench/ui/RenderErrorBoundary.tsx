import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Said instead of the part that failed to draw, followed by the error's own message. */
  message: string;
  retry: string;
  children: ReactNode;
}

/** A part of the page that failed to draw shows what happened instead of leaving the page blank. */
export class RenderErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For the developer tools: where it happened.
    console.warn(error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="wb-render-error">
        <p>{this.props.message}</p>
        <p className="wb-render-error-detail">{error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {this.props.retry}
        </button>
      </div>
    );
  }
}
