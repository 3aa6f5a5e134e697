import { NumberInput, SimpleGrid, Table, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import type { LineInput } from '../api/save-line';

type LineFieldsProps = {
  form: UseFormReturn<LineInput>;
  /** Cells of a table row (labels for screen readers only), or a stack of labelled fields (phone). */
  layout: 'cells' | 'stack';
  /** Tells the fields of a line apart from those of the entry row: "ligne 2". */
  labelSuffix?: string;
  /** The form the inputs belong to, when they sit in table cells outside it. */
  formId?: string;
  disabled?: boolean;
};

/** The five inputs of a class line, as the seeds' table shows them. */
export function LineFields({ form, layout, labelSuffix, formId, disabled }: LineFieldsProps) {
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const label = (text: string) => (labelSuffix ? `${text} (${labelSuffix})` : text);
  const labelled = (text: string, visible: string = text) =>
    layout === 'cells' ? { 'aria-label': label(text) } : { label: labelSuffix ? label(visible) : visible };
  const common = { form: formId, disabled, size: layout === 'cells' ? 'sm' : 'md' } as const;

  const className = (
    <TextInput
      {...labelled('Nom de la classe et/ou niveau', 'Nom de la classe et/ou niveau (*)')}
      {...common}
      placeholder="Ex. : CE1"
      autoComplete="off"
      error={errors.className?.message}
      {...register('className')}
    />
  );
  const teachers = (
    <TextInput
      {...labelled('Enseignant(e)(s)')}
      {...common}
      placeholder="Ex. : Mme Detruc - Mlle Machin"
      autoComplete="off"
      error={errors.teachers?.message}
      {...register('teachers')}
    />
  );
  const email = (
    <TextInput
      {...labelled('E-mail')}
      {...common}
      type="email"
      placeholder="nom@exemple.fr"
      autoComplete="off"
      error={errors.teacherEmail?.message}
      {...register('teacherEmail')}
    />
  );
  const count = (name: 'adults' | 'pupils', text: string, visible: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          {...labelled(text, visible)}
          {...common}
          name={field.name}
          ref={field.ref}
          value={field.value}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : value === '' ? '' : Number(value))}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
          allowDecimal={false}
          // "-3" stays as typed, refused with the field's message (never silently rewritten as 3, nor clamped to 0)
          clampBehavior="none"
          hideControls
          inputMode="numeric"
          miw={layout === 'cells' ? 64 : undefined}
        />
      )}
    />
  );
  const adults = count('adults', 'Enseignants', 'Enseignants');
  const pupils = count('pupils', 'Élèves', 'Élèves');

  if (layout === 'cells') {
    return (
      <>
        <Table.Td>{className}</Table.Td>
        <Table.Td>{teachers}</Table.Td>
        <Table.Td>{email}</Table.Td>
        <Table.Td>{adults}</Table.Td>
        <Table.Td>{pupils}</Table.Td>
      </>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
      {className}
      {teachers}
      {email}
      <SimpleGrid cols={2} spacing="sm">
        {adults}
        {pupils}
      </SimpleGrid>
    </SimpleGrid>
  );
}
