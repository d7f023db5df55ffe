import { graphql } from "../../generated";

export const PlatformSettingsQuery = graphql(`
  query PlatformSettings {
    platformSettings {
      retentionMonths
      retentionMonthsDefault
      requireTotpForMoney
      requireTotpForMoneyDefault
      lastRetentionRunAt
    }
  }
`);

export const UpdatePlatformSettingsMutation = graphql(`
  mutation UpdatePlatformSettings($input: PlatformSettingsInput!) {
    updatePlatformSettings(input: $input) {
      retentionMonths
      retentionMonthsDefault
      requireTotpForMoney
      requireTotpForMoneyDefault
      lastRetentionRunAt
    }
  }
`);

export const RunPersonalDataRetentionMutation = graphql(`
  mutation RunPersonalDataRetention {
    runPersonalDataRetention {
      cutoff
      months
      erased {
        kind
        count
      }
    }
  }
`);

export const PersonalDataExtractQuery = graphql(`
  query PersonalDataExtract($email: String!) {
    personalDataExtract(email: $email) {
      email
      generatedAt
      sections {
        kind
        label
        count
        erasable
        keptReason
      }
    }
  }
`);

export const ErasePersonalDataMutation = graphql(`
  mutation ErasePersonalData($input: ErasePersonalDataInput!) {
    erasePersonalData(input: $input) {
      erased {
        kind
        count
      }
      kept {
        kind
        label
        count
        keptReason
      }
    }
  }
`);
