import { ActionButton } from "@/app/_components/action-button";
import { Dialog } from "@/app/_ui";
import { removeMemberAction } from "./actions";

/** "Remove" asks first: the member loses access and is signed out everywhere at once. */
export function RemoveMember({
  membershipId,
  memberName,
  organizationName,
  isViewer,
}: {
  membershipId: string;
  memberName: string;
  organizationName: string;
  isViewer: boolean;
}) {
  return (
    <Dialog
      triggerLabel={isViewer ? "Leave" : "Remove"}
      triggerVariant="ghost"
      title={isViewer ? `Leave ${organizationName}?` : `Remove ${memberName}?`}
      closeLabel="Cancel"
    >
      <div className="space-y-4 text-sm text-gray-700">
        <p>
          {isViewer
            ? `You lose access to ${organizationName} and are signed out everywhere.`
            : `${memberName} loses access to ${organizationName} at once and is signed out everywhere. You can invite them again later.`}
        </p>
        <ActionButton
          action={removeMemberAction}
          fields={{ membershipId }}
          label={isViewer ? "Leave organisation" : `Remove ${memberName}`}
          variant="danger"
        />
      </div>
    </Dialog>
  );
}
