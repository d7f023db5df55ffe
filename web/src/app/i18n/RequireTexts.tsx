import { useTranslation } from "react-i18next";
import { Outlet } from "react-router-dom";
import { Loading } from "../ui/Loading";

/**
 * The pages of a portal, once its texts (its i18next namespaces) are loaded: until then a
 * loading message, so that no page shows a bare key.
 */
export function RequireTexts({ ns }: { ns: string | string[] }) {
  const { ready } = useTranslation(ns, { useSuspense: false });
  if (!ready) return <Loading />;
  return <Outlet />;
}
