import { Modal, type ModalRootProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

type DialogProps = Pick<ModalRootProps, 'opened' | 'onClose' | 'size' | 'closeOnClickOutside' | 'closeOnEscape'> & {
  title: ReactNode;
  children: ReactNode;
  /** A form to fill on a phone takes the whole screen there (thumb-reachable, no scrolling inside a box). */
  fullScreenOnPhone?: boolean;
};

/**
 * A centred modal window. Its header is no `<header>` element: beside the application's own header, a second
 * "banner" landmark would confuse screen readers (axe's landmark-no-duplicate-banner).
 */
export function Dialog({ opened, onClose, title, size, closeOnClickOutside, closeOnEscape, children, fullScreenOnPhone }: DialogProps) {
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal.Root
      opened={opened}
      onClose={onClose}
      centered
      size={size}
      fullScreen={!!fullScreenOnPhone && !!phone}
      closeOnClickOutside={closeOnClickOutside}
      closeOnEscape={closeOnEscape}
    >
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header role="none">
          <Modal.Title fw={700}>{title}</Modal.Title>
          <Modal.CloseButton aria-label="Fermer" />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
