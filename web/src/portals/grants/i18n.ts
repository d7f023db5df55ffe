/**
 * Texts the Stimulansmedel portal adds to the app's own (which hold the rest under `grants`):
 * the shared Återrapportering section. Registered when the call page is imported.
 */
import i18n from "../../app/i18n";
import { followUpTextsEn, followUpTextsSv } from "../../modules/grants/followUpTexts";

// Deep, without overwriting anything already there (the Utvecklingsmedel portal registers the same texts).
i18n.addResourceBundle("sv", "translation", { grantFollowUps: followUpTextsSv }, true, false);
i18n.addResourceBundle("en", "translation", { grantFollowUps: followUpTextsEn }, true, false);

export {};
