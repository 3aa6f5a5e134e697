import { Modal, type ModalRootProps } from '@mantine/core';
import type { ReactNode } from 'react';

type DialogProps = Pick<ModalRootProps, 'opened' | 'onClose' | 'size' | 'closeOnClickOutside' | 'closeOnEscape'> & {
  title: ReactNode;
  children: ReactNode;
};

/**
 * A centred modal window. Its header is no `<header>` element: beside the application's own header, a second
 * "banner" landmark would confuse screen readers (axe's landmark-no-duplicate-banner).
 */
export function Dialog({ opened, onClose, title, size, closeOnClickOutside, closeOnEscape, children }: DialogProps) {
  return (
    <Modal.Root
      opened={opened}
      onClose={onClose}
      centered
      size={size}
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
