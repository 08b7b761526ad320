"use client";

import { useState } from "react";
import { Button, FormField, Input, Select } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { SYSTEMS_MESSAGES as M } from "../messages";
import { configureConnectorAction } from "./actions";

export function ConnectorForm({
  id,
  connector,
  endpointUrl,
}: {
  id: string;
  connector: "WEBHOOK" | "MANUAL";
  endpointUrl: string;
}) {
  const { state, formAction, pending, fieldError } = useActionForm(configureConnectorAction);
  const [kind, setKind] = useState(connector);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Connector">
      <FormResult state={state} />
      <input type="hidden" name="id" value={id} />
      <FormField id="connector-kind" label={M.connector} error={fieldError("connector")}>
        <Select
          name="connector"
          value={kind}
          onChange={(event) => setKind(event.target.value === "WEBHOOK" ? "WEBHOOK" : "MANUAL")}
        >
          <option value="WEBHOOK">{M.kinds.WEBHOOK}</option>
          <option value="MANUAL">{M.kinds.MANUAL}</option>
        </Select>
      </FormField>
      {kind === "WEBHOOK" && (
        <FormField
          id="connector-endpoint"
          label={M.endpoint}
          hint={M.endpointHint}
          error={fieldError("endpointUrl")}
        >
          <Input
            name="endpointUrl"
            type="url"
            defaultValue={endpointUrl}
            autoComplete="off"
            className="font-mono"
          />
        </FormField>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? M.saving : M.save}
      </Button>
    </form>
  );
}
