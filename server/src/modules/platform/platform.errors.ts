import { defineErrors } from "../../shared/errors";

export const PlatformErrors = defineErrors("platform", {
  retentionMonthsOutOfRange: {
    code: "BAD_USER_INPUT",
    sv: "Gallringstiden ska vara mellan {min} och {max} månader.",
    en: "The retention period must be between {min} and {max} months.",
  },
});
