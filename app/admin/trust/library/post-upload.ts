// The browser side of the upload routes: posts the form as multipart and reads the JSON answer
// (app/api/admin/library/upload-answer.ts), whatever the status.
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import type { UploadAnswer } from "@/app/api/admin/library/upload-answer";

async function postUpload(url: string, form: FormData): Promise<UploadAnswer> {
  try {
    const response = await fetch(url, { method: "POST", body: form, credentials: "same-origin" });
    if (response.status === 413) return { ok: false, message: "The file is larger than 10 MB." };
    const answer = (await response.json().catch(() => null)) as UploadAnswer | null;
    return answer ?? { ok: false, message: `The upload failed (HTTP ${response.status}).` };
  } catch {
    return {
      ok: false,
      message: "The upload did not reach the server; check your connection and try again.",
    };
  }
}

/** State of an upload form posting to `url`: on success the form is cleared and the page refreshed. */
export function useUpload(url: string) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [uploading, setUploading] = useState(false);
  const [answer, setAnswer] = useState<UploadAnswer | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setUploading(true);
    setAnswer(null);
    const result = await postUpload(url, new FormData(event.currentTarget));
    setUploading(false);
    setAnswer(result);
    if (result.ok) {
      form.current?.reset();
      router.refresh();
    }
  }

  return { form, uploading, answer, submit };
}
