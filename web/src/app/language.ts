import { useMutation, useQuery } from "@apollo/client/react";
import { useCallback, useEffect } from "react";
import { graphql } from "../generated";
import { currentLanguage, type Language, setLanguage } from "./i18n";

const MyLanguageQuery = graphql(`
  query MyLanguage {
    me {
      id
      language
    }
  }
`);

const SetMyLanguageMutation = graphql(`
  mutation SetMyLanguage($language: Language!) {
    setMyLanguage(language: $language) {
      id
      language
    }
  }
`);

/**
 * The signed-in person's language: the stored preference is applied once it is known (after
 * sign-in), and a switch is saved for them, so that their notifications and e-mails follow it.
 */
export function useStoredLanguage(signedIn: boolean) {
  const { data } = useQuery(MyLanguageQuery, { skip: !signedIn, fetchPolicy: "cache-first" });
  const stored: Language | undefined = data?.me?.language ? (data.me.language === "EN" ? "en" : "sv") : undefined;
  useEffect(() => {
    if (signedIn && stored && stored !== currentLanguage()) void setLanguage(stored);
  }, [signedIn, stored]);

  const [save] = useMutation(SetMyLanguageMutation);
  return useCallback(
    async (language: Language) => {
      await setLanguage(language);
      if (signedIn) await save({ variables: { language: language === "en" ? "EN" : "SV" } }).catch(() => undefined);
    },
    [signedIn, save],
  );
}
