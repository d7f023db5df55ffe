import { useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router-dom";

/**
 * A message handed over by the previous page (`navigate(to, { state: { flash } })`), e.g.
 * "Mötet är planerat". It is put in the live region just after the page appears, so screen
 * readers announce it, and removed from the history entry so a reload does not show it again.
 */
export function useFlash(): [string, (message: string) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const [message, setMessage] = useState("");
  const flash = (location.state as { flash?: string } | null)?.flash;
  const path = `${location.pathname}${location.search}${location.hash}`;
  useEffect(() => {
    if (!flash) return;
    void navigate(path, { replace: true, state: null });
    // Not cancelled when the state is cleared above: the message must still appear.
    window.setTimeout(() => setMessage(flash), 100);
  }, [flash, path, navigate]);
  return [message, setMessage];
}
