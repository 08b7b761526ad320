export { Alert, type AlertProps, type AlertTone } from "./alert";
export { Badge, type BadgeProps, type BadgeTone } from "./badge";
export {
  Button,
  ButtonLink,
  buttonClassName,
  type ButtonLinkProps,
  type ButtonProps,
  type ButtonSize,
  type ButtonVariant,
} from "./button";
export { Card, type CardProps } from "./card";
export { cx } from "./class-names";
export { DataTable, type DataTableColumn, type DataTableProps } from "./data-table";
export { DateTime, type DateTimeProps } from "./date-time";
export { ReaderTimeZone, ReaderTimeZoneName, useReaderTimeZone } from "./reader-time-zone";
export { DefinitionList, type DefinitionItem, type DefinitionListProps } from "./definition-list";
export { Dialog, type DialogProps } from "./dialog";
export { EmptyState, type EmptyStateProps } from "./empty-state";
export { FormField, type FieldControlProps, type FormFieldProps } from "./form-field";
export { Input, type InputProps } from "./input";
export { Markdown, type MarkdownProps } from "./markdown";
export { Select, type SelectProps } from "./select";
export { PageHeader, type PageHeaderProps } from "./page-header";
export { Table, TBody, Td, Th, THead, Tr, type TableProps } from "./table";
export { TextArea, type TextAreaProps } from "./text-area";
export { StatusPage, type StatusPageProps } from "./status-page";
export { UserText } from "./user-text";
