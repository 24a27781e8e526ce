import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import i18next from 'i18next';

/** A way out the screen offers besides reloading, e.g. discarding saved input that makes it crash. */
export interface RecoveryAction {
  label: string;
  run(): Promise<unknown> | unknown;
}

interface Props {
  children: ReactNode;
  /** Offered beside "Reload"; after an action has run the screen is shown again. */
  actions?: readonly RecoveryAction[];
}

interface State {
  error?: Error;
}

/** One broken screen must not take the whole workstation down; data lives in IndexedDB either way. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  private readonly recover = async (action: RecoveryAction): Promise<void> => {
    try {
      await action.run();
    } finally {
      this.setState({ error: undefined });
    }
  };

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <Alert color="red" title={i18next.t('errors.boundaryTitle')} m="md" data-testid="error-screen">
        <Stack gap="xs">
          <Text size="sm">{i18next.t('errors.boundaryBody')}</Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {this.state.error.message}
          </Text>
          <Group gap="xs">
            {this.props.actions?.map((action) => (
              <Button
                key={action.label}
                size="xs"
                variant="filled"
                color="red"
                onClick={() => void this.recover(action)}
              >
                {action.label}
              </Button>
            ))}
            <Button size="xs" variant="light" onClick={() => this.setState({ error: undefined })}>
              {i18next.t('errors.reload')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
}
