import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DataListFrame } from '../data-list-frame';

type Props = ComponentProps<typeof DataListFrame>;

const READ = { isPending: false, isError: false, error: null };

function frame(overrides: Partial<Props>) {
  const props: Props = {
    query: READ,
    empty: false,
    loadingLabel: 'Chargement des choses',
    errorTitle: "Les choses n'ont pas pu être lues",
    emptyIcon: <span />,
    emptyTitle: 'Aucune chose.',
    emptyHint: 'Créez-en une.',
    header: <span>3 choses</span>,
    pagination: { totalPages: 2, page: 0, onChange: () => {} },
    children: <table aria-label="Choses" />,
    ...overrides,
  };
  return render(
    <MantineProvider>
      <DataListFrame {...props} />
    </MantineProvider>,
  );
}

describe('DataListFrame', () => {
  it('shows the list under its header, and the pages', () => {
    frame({});
    expect(screen.getByRole('table', { name: 'Choses' })).toBeInTheDocument();
    expect(screen.getByText('3 choses')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Page 2' })).toBeInTheDocument();
  });

  it('says it is loading, without the list', () => {
    frame({ query: { ...READ, isPending: true } });
    expect(screen.getByRole('status')).toHaveTextContent('Chargement des choses');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says what to do when the list is empty', () => {
    frame({ empty: true });
    expect(screen.getByText('Aucune chose.')).toBeInTheDocument();
    expect(screen.getByText('Créez-en une.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the error with a retry', async () => {
    const refetch = vi.fn();
    frame({ query: { isPending: false, isError: true, error: new Error('Serveur indisponible'), refetch } });
    expect(screen.getByRole('alert')).toHaveTextContent("Les choses n'ont pas pu être lues");
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('says what is missing instead of the list', () => {
    frame({ unavailable: 'Choisissez un département.', query: { ...READ, isPending: true } });
    expect(screen.getByText('Choisissez un département.')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
