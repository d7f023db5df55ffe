import type { Locale } from "./request-context";
import { fillTemplate } from "./template";

/**
 * The catalogue of field messages: what a refused input says next to the field (and, repeated as
 * `reason`, as the whole error's message). Each is a key with a text per language and `{name}`
 * parameters, like the notifications in shared/messages and the errors of `defineErrors`.
 * The code refers to a message by key (`validationMessage(key)` for class-validator,
 * `fieldMessage(key, params)` in `extensions.fields`, `invalid(field, key, params)` in the services);
 * the error formatter renders it in the request's language. An unknown key does not compile.
 */
export const FIELD_MESSAGES = {
  // Shared by several modules
  "common.invalidId": { sv: "Ogiltigt id.", en: "Invalid id." },
  "common.yearBetween2000And2099": { sv: "Ange ett år mellan 2000 och 2099.", en: "Enter a year between 2000 and 2099." },
  "common.textContainsInvalidCharacters": { sv: "Texten innehåller ogiltiga tecken.", en: "The text contains invalid characters." },
  "common.textMayNotContainLineBreaks": { sv: "Texten får inte innehålla radbrytningar eller tabbar.", en: "The text may not contain line breaks or tabs." },
  "common.offsetCannotBeNegative": { sv: "offset får inte vara negativt", en: "offset cannot be negative" },
  "common.limitAtLeastOne": { sv: "limit måste vara minst 1", en: "limit must be at least 1" },
  "common.limitAtMost": { sv: "limit får vara högst {max}", en: "limit may be at most {max}" },
  "common.emailInvalid": { sv: "Ange en giltig e-postadress.", en: "Enter a valid e-mail address." },
  "common.titleLength": { sv: "Ange en rubrik (3–200 tecken).", en: "Enter a title (3–200 characters)." },
  "common.dateFormat": { sv: "Ange datum som ÅÅÅÅ-MM-DD.", en: "Enter the date as YYYY-MM-DD." },
  "common.dateFormatExample": { sv: "Ange datum som ÅÅÅÅ-MM-DD, t.ex. 2026-11-24.", en: "Enter the date as YYYY-MM-DD, e.g. 2026-11-24." },
  "common.urlInvalid": { sv: "Ange en fullständig webbadress, t.ex. https://…", en: "Enter a full web address, e.g. https://…" },
  "common.enterAPlaceOrALink": { sv: "Ange plats eller länk till mötet.", en: "Enter a place or a link to the meeting." },
  "common.enterAContactPerson": { sv: "Ange kontaktperson.", en: "Enter a contact person." },
  "common.enterTheTargetGroups": { sv: "Ange målgrupper.", en: "Enter the target groups." },
  "common.enterTheRequestedAmount": { sv: "Ange sökt belopp.", en: "Enter the requested amount." },
  "common.addAtLeastOneBudgetLine": { sv: "Lägg till minst en budgetrad.", en: "Add at least one budget line." },
  "common.describeWhatHasBeenDone": { sv: "Beskriv vad som har gjorts.", en: "Describe what has been done." },

  // Users and organisations
  "users.emailTooLong": { sv: "E-postadressen är för lång.", en: "The e-mail address is too long." },
  "users.nameLength": { sv: "Ange personens namn (2–200 tecken).", en: "Enter the person's name (2–200 characters)." },
  "users.chooseAtLeastOneRole": { sv: "Välj minst en roll.", en: "Choose at least one role." },
  "users.invitationCodeIsInvalid": { sv: "Inbjudningskoden är ogiltig.", en: "The invitation code is invalid." },
  "users.resetLinkIsInvalid": {
    sv: "Länken är ogiltig. Begär en ny under Glömt lösenord.",
    en: "The link is invalid. Ask for a new one under Forgot password.",
  },
  "users.passwordTooShort": { sv: "Lösenordet måste ha minst 12 tecken.", en: "The password must have at least 12 characters." },
  "users.countyCodeFormat": { sv: "Länskoden har två siffror, t.ex. 14.", en: "The county code has two digits, e.g. 14." },

  // Grants
  "grants.yearFrom2000": { sv: "Ange ett år från 2000.", en: "Enter a year from 2000." },
  "grants.yearBefore2100": { sv: "Ange ett år före 2100.", en: "Enter a year before 2100." },
  "grants.actionIsNoStep": {
    sv: "Den åtgärden flyttar inte en ansökan till en ny status; välj en som gör det, till exempel MARK_PAID.",
    en: "That action does not move an application to a new status; choose one that does, for example MARK_PAID.",
  },
  "grants.budgetAtLeastOne": { sv: "Budgeten måste vara minst 1 kr.", en: "The budget must be at least 1 kr." },
  "grants.budgetIsUnreasonablyLarge": { sv: "Budgeten är orimligt stor.", en: "The budget is unreasonably large." },
  "grants.chooseAtLeastOneKindOf": { sv: "Välj minst en typ av organisation som får söka.", en: "Choose at least one kind of organisation that may apply." },
  "grants.consultationPeriodAtLeastOneDay": { sv: "Remisstiden måste vara minst en dag.", en: "The consultation period must be at least one day." },
  "grants.consultationPeriodMayBeAtMost": { sv: "Remisstiden får vara högst 180 dagar.", en: "The consultation period may be at most 180 days." },
  "grants.consultationPeriodAtLeastDays": { sv: "Remisstiden måste vara minst {days} dagar.", en: "The consultation period must be at least {days} days." },
  "grants.dueDateTooEarly": { sv: "Välj {date} eller senare (minst {days} dagar).", en: "Choose {date} or later (at least {days} days)." },
  "grants.reclaimTooHigh": {
    sv: "Högst {max}: det utbetalda beloppet minus det som redan ska betalas tillbaka.",
    en: "At most {max}: the amount paid minus what is already to be repaid.",
  },
  "grants.writeTheReasonsForTheReclaim": { sv: "Motivera återkravet.", en: "Give the reasons for the reclaim." },
  "grants.dueDateNotInFuture": { sv: "Välj en dag efter i dag ({today}).", en: "Choose a day after today ({today})." },
  "grants.enterACategoryForTheBudget": { sv: "Ange en kategori för budgetraden.", en: "Enter a category for the budget line." },
  "grants.amountCannotBeNegative": { sv: "Beloppet kan inte vara negativt.", en: "The amount cannot be negative." },
  "grants.titleTooLong": { sv: "Rubriken får vara högst 200 tecken.", en: "The title may be at most 200 characters." },
  "grants.atMost50BudgetLines": { sv: "Högst 50 budgetrader.", en: "At most 50 budget lines." },
  "grants.writeTheAgencyViews": { sv: "Skriv myndighetens synpunkter.", en: "Write the agency's views." },
  "grants.choosePresentingOfficer": {
    sv: "Välj en handläggare hos er som bedömer ansökningar som föredragande.",
    en: "Choose an officer of yours who assesses applications as the presenting officer.",
  },
  "grants.giveTheRankingDeviationReason": {
    sv: "Ett högre rankat ärende är inte beslutat eller har fått avslag. Skriv varför det här beviljas före.",
    en: "A higher-ranked application is undecided or rejected. Write why this one is granted before it.",
  },
  "grants.writeTheReasonsForTheDecision": { sv: "Skriv en motivering till beslutet.", en: "Write the reasons for the decision." },
  "grants.writeWhatNeedsToBeAdded": { sv: "Skriv vad som behöver kompletteras.", en: "Write what needs to be added." },
  "grants.writeAMessage": { sv: "Skriv ett meddelande.", en: "Write a message." },
  "grants.messageTooLong": { sv: "Meddelandet får vara högst 10 000 tecken.", en: "The message may be at most 10,000 characters." },
  "grants.chooseUpTo100": {
    sv: "Välj mellan 1 och {max} ansökningar åt gången.",
    en: "Choose between 1 and {max} applications at a time.",
  },
  "grants.withinDaysRange": { sv: "Ange ett antal dagar mellan 0 och 3 650.", en: "Enter a number of days between 0 and 3,650." },
  "grants.closingDateMustBeAfterThe": { sv: "Sista ansökningsdag måste vara efter öppningsdagen.", en: "The closing date must be after the opening date." },
  "grants.applicationCannotBeMovedToAnother": {
    sv: "En ansökan kan inte flyttas till en annan utlysning.",
    en: "An application cannot be moved to another call.",
  },
  "grants.chooseWhichCallTheApplicationIs": { sv: "Välj vilken utlysning ansökan gäller.", en: "Choose which call the application is for." },
  "grants.enterATitle": { sv: "Ange en rubrik.", en: "Enter a title." },
  "grants.describeThePurpose": { sv: "Beskriv syftet.", en: "Describe the purpose." },
  "grants.chooseAtLeastOnePurpose": {
    sv: "Välj minst ett ändamål: informations- och utbildningsinsatser, riktade insatser för vissa grupper eller utvecklingsarbete.",
    en: "Choose at least one purpose: information and training efforts, targeted efforts for certain groups or development work.",
  },
  "grants.describeThePlannedActivities": { sv: "Beskriv de planerade aktiviteterna.", en: "Describe the planned activities." },
  "grants.enterWhenThePeriodStarts": { sv: "Ange när perioden börjar.", en: "Enter when the period starts." },
  "grants.enterWhenThePeriodEnds": { sv: "Ange när perioden slutar.", en: "Enter when the period ends." },
  "grants.periodCannotEndBeforeItStarts": { sv: "Perioden kan inte sluta innan den börjar.", en: "The period cannot end before it starts." },
  "grants.enterTheContactPersonEMail": { sv: "Ange kontaktpersonens e-postadress.", en: "Enter the contact person's e-mail address." },
  "grants.sumShouldBe": { sv: "Summan {sum} ska vara {requested}.", en: "The sum {sum} should be {requested}." },
  "grants.rejectionGrantsNoAmount": { sv: "Ett avslag beviljar inget belopp.", en: "A rejection grants no amount." },
  "grants.approvedGetsRequestedAmount": {
    sv: "Beviljad ansökan får sökt belopp, {requested}. Välj delvis beviljad för ett lägre belopp.",
    en: "An approved application is granted the requested amount, {requested}. Choose partially approved for a lower amount.",
  },
  "grants.partialAmountRange": {
    sv: "Ange ett beviljat belopp större än 0 och mindre än sökt belopp ({requested}).",
    en: "Enter a granted amount greater than 0 and less than the requested amount ({requested}).",
  },

  // Funds used over more than one year
  "grants.usableUntilAfterYear": {
    sv: "Välj ett datum efter årets slut ({yearEnd}); medel som används inom året behöver inget datum.",
    en: "Choose a date after the end of the year ({yearEnd}); funds used within the year need no date.",
  },
  "grants.usableUntilTooLate": {
    sv: "Medlen kan användas högst {years} år efter årets slut, till och med {latest}.",
    en: "The funds can be used at most {years} years after the end of the year, until {latest}.",
  },
  "grants.finalReportAfterPeriod": {
    sv: "Slutrapporten täcker hela perioden: välj ett datum efter {usableUntil}.",
    en: "The final report covers the whole period: choose a date after {usableUntil}.",
  },

  // Development funds
  "developmentFunds.enterAnAmount": { sv: "Ange ett belopp.", en: "Enter an amount." },
  "developmentFunds.enterABankgiroOrPlusgiroNumber": { sv: "Ange bankgiro- eller plusgironummer.", en: "Enter a bankgiro or plusgiro number." },
  "developmentFunds.enterThePlannedUse": { sv: "Ange planerad användning.", en: "Enter the planned use." },
  "developmentFunds.describeActivities": { sv: "Beskriv verksamheten (minst 10 tecken).", en: "Describe the activities (at least 10 characters)." },
  "developmentFunds.chooseACounty": { sv: "Välj län.", en: "Choose a county." },
  "developmentFunds.chooseOneOfThe21Counties": { sv: "Välj ett av de 21 länen.", en: "Choose one of the 21 counties." },
  "developmentFunds.scoreRange": { sv: "Betyget är 1–5.", en: "The score is 1–5." },
  // Assessment by reviewers
  "assessment.nameTheCriterion": { sv: "Namnge bedömningsgrunden (2–200 tecken).", en: "Name the criterion (2–200 characters)." },
  "assessment.maxPointsRange": { sv: "Maxpoängen är 1–100.", en: "The maximum is 1–100 points." },
  "assessment.pointsRange": { sv: "Poängen är 0–{max}.", en: "The points are 0–{max}." },
  "assessment.scoreEveryCriterion": { sv: "Poängsätt varje bedömningsgrund.", en: "Score every criterion." },
  "assessment.giveTheReasonForJav": { sv: "Ange vad jävet består i.", en: "Give the circumstance of the conflict of interest." },
  "assessment.addACriterion": { sv: "Lägg till minst en bedömningsgrund.", en: "Add at least one criterion." },
  "developmentFunds.giveTheReasonsForTheScore": { sv: "Motivera betyget.", en: "Give the reasons for the score." },
  "developmentFunds.lastDayMustBeAfterThe": { sv: "Sista dag måste vara efter första dag.", en: "The last day must be after the first day." },
  "developmentFunds.floorExceedsPot": {
    sv: "Golvbeloppet gånger antalet kommuner ({count}) får inte överstiga kommunernas pott.",
    en: "The floor amount times the number of kommuner ({count}) must not exceed the kommuner's pot.",
  },
  "developmentFunds.invalidPaymentNumber": {
    sv: "Kontrollsiffran stämmer inte. Kontrollera {method}numret.",
    en: "The check digit does not match. Check the {method} number.",
  },
  "developmentFunds.bankgiroFormat": {
    sv: "Ett bankgironummer har 7 eller 8 siffror, till exempel 5050-1055.",
    en: "A bankgiro number has 7 or 8 digits, for example 5050-1055.",
  },
  "developmentFunds.plusgiroFormat": {
    sv: "Ett plusgironummer har 2–8 siffror, till exempel 28 65 43-4.",
    en: "A plusgiro number has 2–8 digits, for example 28 65 43-4.",
  },
  "developmentFunds.invalidOrganisationNumber": {
    sv: "Kontrollsiffran stämmer inte. Kontrollera organisationsnumret.",
    en: "The check digit does not match. Check the organisation number.",
  },
  "developmentFunds.ngoLegalFormNotEligible": {
    sv: "Utvecklingsmedel kan sökas av ideella föreningar och stiftelser. Andra juridiska former kan inte söka.",
    en: "Development funds may be applied for by non-profit associations and foundations. Other legal forms may not apply.",
  },
  "developmentFunds.ngoNotActiveLocally": {
    sv: "Organisationen ska vara verksam på lokal nivå, i sin kommun eller sitt län.",
    en: "The organisation must be active at local level, in its kommun or county.",
  },
  "developmentFunds.ngoNumberNotNonProfit": {
    sv: "Organisationsnumret för en ideell förening eller stiftelse börjar med 8.",
    en: "The organisation number of a non-profit association or foundation begins with 8.",
  },
  "developmentFunds.enterTheOrganisationNumber": {
    sv: "Ange organisationsnumret, NNNNNN-NNNN. Det behövs för utbetalningen.",
    en: "Enter the organisation number, NNNNNN-NNNN. It is needed for the payment.",
  },
  "developmentFunds.organisationNumberFormat": {
    sv: "Ett organisationsnummer har 10 siffror, NNNNNN-NNNN.",
    en: "An organisation number has 10 digits, NNNNNN-NNNN.",
  },
  "developmentFunds.plannedUseAddsUpToBut": {
    sv: "Planerad användning summerar till {planned} men rekvirerat belopp är {amount}.",
    en: "The planned use adds up to {planned} but the requisitioned amount is {amount}.",
  },
  "developmentFunds.enterHowMuchMoreYouWould": { sv: "Ange hur mycket mer ni vill ha som mest.", en: "Enter how much more you would like at most." },
  "developmentFunds.atMostAmount": { sv: "Högst {max}.", en: "At most {max}." },
  "developmentFunds.describeWhyYouDecline": {
    sv: "Beskriv varför ni avstår när skälet är Annat.",
    en: "Describe why you decline when the reason is Other.",
  },
  "developmentFunds.oneOrMoreRecipientsDoNot": {
    sv: "En eller flera mottagare hör inte till omgången.",
    en: "One or more recipients do not belong to the round.",
  },
  "developmentFunds.amountsPerAreaAddUpTo": {
    sv: "Beloppen per område summerar till {sum} men använt belopp är {amount}.",
    en: "The amounts per area add up to {sum} but the used amount is {amount}.",
  },
  "developmentFunds.answerTheCoreQuestion": {
    sv: "Besvara frågan, den ingår i den nationella uppföljningen.",
    en: "Answer the question; it is part of the national follow-up.",
  },
  "developmentFunds.usePerCategoryAddsUpTo": {
    sv: "Användningen per kategori summerar till {used} men använt belopp är {amount}.",
    en: "The use per category adds up to {used} but the used amount is {amount}.",
  },

  // County work (länets arbete)
  "countyWork.chooseAKommun": { sv: "Välj en kommun.", en: "Choose a kommun." },
  "countyWork.kommunNotInCounty": {
    sv: "{kommun} ligger inte i ert län. Välj en kommun i {county}.",
    en: "{kommun} is not in your county. Choose a kommun in {county}.",
  },
  "countyWork.chooseAtLeastOneTopic": { sv: "Välj minst ett ämne.", en: "Choose at least one topic." },
  "countyWork.chooseAtLeastOneChannel": { sv: "Välj minst en kanal.", en: "Choose at least one channel." },
  "countyWork.describeWhoTookPart": { sv: "Ange vilka som deltog och i vilken roll.", en: "Enter who took part and in what role." },
  "countyWork.periodEndBeforeStart": { sv: "Perioden kan inte sluta före den börjar.", en: "The period cannot end before it starts." },
  "countyWork.countNotNegative": { sv: "Ange ett antal som är 0 eller mer.", en: "Enter a number of 0 or more." },
  "countyWork.unknownMethod": { sv: "Metoden eller materialet finns inte.", en: "The method or material does not exist." },
  "countyWork.methodInactive": {
    sv: "{method} används inte längre och kan inte väljas.",
    en: "{method} is no longer in use and cannot be chosen.",
  },
  "countyWork.methodNameLength": { sv: "Ange metodens namn (2–200 tecken).", en: "Enter the method's name (2–200 characters)." },
  "countyWork.methodNameTaken": { sv: "Det finns redan en metod med det namnet.", en: "A method with that name already exists." },
  "countyWork.adoptionDateRequired": {
    sv: "Ange datum då strategin antogs eller reviderades.",
    en: "Enter the date the strategy was adopted or revised.",
  },
  "countyWork.adoptionDateInFuture": { sv: "Antagandedatum kan inte vara efter i dag ({today}).", en: "The adoption date cannot be after today ({today})." },
  "countyWork.yearRange": { sv: "Ange ett år mellan 2000 och 2099.", en: "Enter a year between 2000 and 2099." },

  // Networks
  "networks.enterTheNetworkName3200": { sv: "Ange nätverkets namn (3–200 tecken).", en: "Enter the network's name (3–200 characters)." },
  "networks.enterTheContactPersonName": { sv: "Ange kontaktpersonens namn.", en: "Enter the contact person's name." },
  "networks.enterATitleForTheAgenda": { sv: "Ange en rubrik för dagordningspunkten.", en: "Enter a title for the agenda item." },
  "networks.enterATitleForTheMeeting": { sv: "Ange en rubrik för mötet (3–200 tecken).", en: "Enter a title for the meeting (3–200 characters)." },
  "networks.enterAName": { sv: "Ange namn.", en: "Enter a name." },
  "networks.describeTheAction": { sv: "Beskriv åtgärden.", en: "Describe the action." },
  "networks.enterWhoIsResponsible": { sv: "Ange vem som ansvarar.", en: "Enter who is responsible." },
  "networks.writeTheMinutes": { sv: "Skriv protokollet.", en: "Write the minutes." },
  "networks.decisionTooLong": { sv: "Ett beslut får vara högst 2 000 tecken.", en: "A decision may be at most 2,000 characters." },
  "networks.oneOrMoreOrganisationsDoNot": { sv: "En eller flera organisationer finns inte.", en: "One or more organisations do not exist." },
  "networks.organisationIsNotAMemberOf": { sv: "Organisationen är inte medlem i nätverket.", en: "The organisation is not a member of the network." },
  "networks.meetingMustEndAfterItStarts": { sv: "Mötet måste sluta efter att det börjat.", en: "The meeting must end after it starts." },
  "networks.replyDeadlineMustBeBeforeThe": { sv: "Sista svarsdag måste vara före mötet.", en: "The reply deadline must be before the meeting." },
  "networks.replyDeadlineCannotBeBeforeToday": { sv: "Sista svarsdag kan inte vara före i dag.", en: "The reply deadline cannot be before today." },
  "networks.meetingAlreadyHeld": {
    sv: "Mötet har redan ägt rum och kan inte bjudas in till. Registrera det som hållet, utan inbjudan.",
    en: "The meeting has already taken place and cannot be invited to. Record it as held, without invitations.",
  },
  "networks.meetingHasBeenCancelled": { sv: "Mötet är inställt.", en: "The meeting has been cancelled." },
  "networks.attendanceCanOnlyBeRecordedFor": {
    sv: "Närvaro kan bara registreras för medlemsorganisationer.",
    en: "Attendance can only be recorded for member organisations.",
  },
  "networks.minutesTooLong": {
    sv: "Protokollet med beslut är för långt (högst cirka 30 000 tecken). Lägg långa underlag som dokument till mötet.",
    en: "The minutes with decisions are too long (at most about 30,000 characters). Add long material as documents to the meeting.",
  },
  "networks.chooseAPersonOfAMember": { sv: "Välj en person i en medlemsorganisation.", en: "Choose a person of a member organisation." },
  "networks.chooseWhoIsToApproveThe": { sv: "Välj vem som ska justera protokollet.", en: "Choose who is to approve the minutes." },
  "networks.agendaItemDoesNotBelongTo": { sv: "Dagordningspunkten hör inte till mötet.", en: "The agenda item does not belong to the meeting." },
  "networks.writeWhatNeedsChangingInTheMinutes": { sv: "Skriv vad som behöver ändras i protokollet.", en: "Write what needs changing in the minutes." },
  "networks.chooseAtLeastOneOrganisation": { sv: "Välj minst en organisation.", en: "Choose at least one organisation." },
  "networks.atMostOrganisationsAtOnce": { sv: "Högst {max} organisationer åt gången.", en: "At most {max} organisations at a time." },
  "networks.describeTheDecision": { sv: "Skriv beslutet.", en: "Write the decision." },
  "networks.commentsMayBeAtMost": { sv: "Kommentarerna får vara högst {max} tecken.", en: "The comments may be at most {max} characters." },

  // Trainings
  "trainings.unknownCountyCodes": {
    sv: "Okänd länskod: {codes}. Ange länskoder som 14 eller 01.",
    en: "Unknown county code: {codes}. Enter county codes such as 14 or 01.",
  },
  "trainings.enterAtLeastOneSeat": { sv: "Ange minst en plats.", en: "Enter at least one seat." },
  "trainings.chooseAtLeastOneKindOf": {
    sv: "Välj minst en typ av organisation som får anmäla.",
    en: "Choose at least one kind of organisation that may register.",
  },
  "trainings.quotaAtLeastOne": { sv: "Kvoten måste vara minst 1.", en: "The quota must be at least 1." },
  "trainings.addSession": { sv: "Lägg till minst ett tillfälle (datum och tid).", en: "Add at least one session (date and time)." },
  "trainings.enterTheParticipantName": { sv: "Ange deltagarens namn.", en: "Enter the participant's name." },
  "trainings.enterTheNumberOfParticipants": { sv: "Ange antal deltagare.", en: "Enter the number of participants." },
  "trainings.sessionEndsBeforeItStarts": { sv: "Tillfälle {number} slutar innan det börjar.", en: "Session {number} ends before it starts." },
  "trainings.registrationDeadlineMustBeBeforeThe": {
    sv: "Sista anmälningsdag måste vara före första tillfället.",
    en: "The registration deadline must be before the first session.",
  },
  "trainings.quotaPerOrganisationCannotBeLarger": {
    sv: "Kvoten per organisation kan inte vara större än antalet platser.",
    en: "The quota per organisation cannot be larger than the capacity.",
  },
  "trainings.loggedOnlyNotPublished": {
    sv: "En utbildning som loggas i efterhand publiceras inte för anmälan; logga deltagarna i stället.",
    en: "An event logged afterwards is not published for registration; log the participants instead.",
  },
  "trainings.sayWhyTheEventIsCancelled": {
    sv: "Ange varför utbildningen ställs in; deltagarna får se det.",
    en: "Say why the event is cancelled; the participants will see it.",
  },
  "trainings.reasonTooLong": { sv: "Orsaken får vara högst 2 000 tecken.", en: "The reason may be at most 2,000 characters." },
  "trainings.oneOfTheOrganisationsDoesNot": { sv: "En av organisationerna finns inte.", en: "One of the organisations does not exist." },
  "trainings.staffNameRequired": { sv: "Ange namn (2–200 tecken).", en: "Enter a name (2–200 characters)." },
  "trainings.staffTextTooLong": { sv: "Titel och arbetsplats får vara högst 200 tecken.", en: "Title and workplace may be at most 200 characters." },
  "trainings.staffEmailTwiceInFile": { sv: "E-postadressen finns redan på rad {line}.", en: "The e-mail address is already on row {line}." },
  "trainings.staffCsvMissingColumns": {
    sv: "Filen saknar kolumnerna namn och e-post. Första raden ska vara rubriker: namn;e-post;titel;arbetsplats.",
    en: "The file lacks the name and e-mail columns. The first row must be the headings: name;email;title;workplace.",
  },
  "trainings.staffCsvTooManyRows": { sv: "Högst {max} personer per fil.", en: "At most {max} people per file." },
  "trainings.staffCsvUnreadable": { sv: "Filen kunde inte läsas som CSV: {reason}", en: "The file could not be read as CSV: {reason}" },
  "trainings.addAtLeastOneParticipant": { sv: "Lägg till minst en deltagare.", en: "Add at least one participant." },
  "trainings.atMost50ParticipantsPerRegistration": { sv: "Högst 50 deltagare per anmälan.", en: "At most 50 participants per registration." },
  "trainings.sameEMailAddressAppearsTwice": {
    sv: "Samma e-postadress finns två gånger i anmälan.",
    en: "The same e-mail address appears twice in the registration.",
  },
  "trainings.attendanceCanOnlyBeRecordedFor": {
    sv: "Närvaro kan bara registreras för bekräftade deltagare.",
    en: "Attendance can only be recorded for confirmed participants.",
  },
  "trainings.oneOfTheSessionsDoesNot": { sv: "Ett av tillfällena hör inte till utbildningen.", en: "One of the sessions does not belong to the event." },

  // Questionnaires
  "questionnaires.codeFormat": {
    sv: "Koden skrivs med versaler, siffror och understreck, t.ex. NETWORK_KVINNOFRID (2–60 tecken).",
    en: "The code is written in capitals, digits and underscores, e.g. NETWORK_KVINNOFRID (2–60 characters).",
  },
  "questionnaires.questionTextLength": { sv: "Ange frågans text (3–500 tecken).", en: "Enter the question's text (3–500 characters)." },
  "questionnaires.choiceLabelLength": { sv: "Ange svarsalternativets text (1–200 tecken).", en: "Enter the choice's text (1–200 characters)." },
  "questionnaires.addChoices": { sv: "Lägg till minst två svarsalternativ.", en: "Add at least two choices." },
  "questionnaires.addMatrixRows": { sv: "Lägg till minst en rad (ämne) i matrisen.", en: "Add at least one row (topic) to the matrix." },
  "questionnaires.choiceCodesUnique": { sv: "Varje svarsalternativ behöver en egen kod.", en: "Every choice needs a code of its own." },
  "questionnaires.noChoicesForType": { sv: "Frågetypen har inga egna svarsalternativ.", en: "This type of question has no choices of its own." },
  "questionnaires.unknownPrefill": { sv: "Okänd förifyllning: {code}.", en: "Unknown pre-fill: {code}." },
  "questionnaires.addAtLeastOneQuestion": { sv: "Lägg till minst en fråga.", en: "Add at least one question." },
  "questionnaires.coreQuestionsStay": {
    sv: "Kärnfrågorna ligger kvar i formuläret så att siffrorna går att jämföra mellan åren: {codes}.",
    en: "The core questions stay in the form so that the figures compare across years: {codes}.",
  },
  "questionnaires.questionTwice": { sv: "En fråga finns två gånger i enkäten.", en: "A question appears twice in the questionnaire." },
  "questionnaires.deadlineNotBeforeToday": {
    sv: "Sista svarsdag kan inte vara före i dag ({today}).",
    en: "The last day to answer cannot be before today ({today}).",
  },
  "questionnaires.questionNotInQuestionnaire": { sv: "Frågan ingår inte i enkäten.", en: "The question is not part of the questionnaire." },
  "questionnaires.chooseOneOfTheChoices": { sv: "Välj ett av svarsalternativen.", en: "Choose one of the choices." },
  "questionnaires.describeOther": { sv: 'Beskriv vad "annat" är.', en: 'Describe what "other" is.' },
  "questionnaires.enterANumber": { sv: "Ange ett heltal, 0 eller större.", en: "Enter a whole number, 0 or more." },
  "questionnaires.enterAnAmount": { sv: "Ange ett belopp i hela kronor, 0 eller större.", en: "Enter an amount in whole kronor, 0 or more." },
  "questionnaires.textTooLong": { sv: "Svaret får vara högst 5 000 tecken.", en: "The answer may be at most 5,000 characters." },
  "questionnaires.answerEveryRow": { sv: "Välj ett svar på varje rad.", en: "Choose an answer on every row." },
  "questionnaires.wrongAnswerShape": { sv: "Svaret passar inte frågetypen.", en: "The answer does not fit the type of question." },
  "questionnaires.titleLength": { sv: "Ange enkätens rubrik (3–200 tecken).", en: "Enter the questionnaire's title (3–200 characters)." },

  // Search
  "search.termLength": {
    sv: "Skriv minst 3 och högst 100 tecken att söka efter.",
    en: "Enter at least 3 and at most 100 characters to search for.",
  },

  // class-validator's rules given without a message of ours
  "validator.maxLength": { sv: "Högst {value} tecken.", en: "At most {value} characters." },
  "validator.minLength": { sv: "Minst {value} tecken.", en: "At least {value} characters." },
  "validator.max": { sv: "Får vara högst {value}.", en: "May be at most {value}." },
  "validator.min": { sv: "Får vara minst {value}.", en: "May be at least {value}." },
  "validator.arrayMaxSize": { sv: "Högst {value} st.", en: "At most {value}." },
  "validator.arrayMinSize": { sv: "Minst {value} st.", en: "At least {value}." },
  "validator.isInt": { sv: "Ange ett heltal.", en: "Enter a whole number." },
  "validator.isEnum": { sv: "Välj ett av: {value}.", en: "Choose one of: {value}." },
} as const satisfies Record<string, Record<Locale, string>>;

export type FieldMessageKey = keyof typeof FIELD_MESSAGES;
export type FieldMessageParams = Record<string, string | number>;

/** A field message as the code writes it: a key and the values it fills in. */
export interface FieldMessage {
  key: FieldMessageKey;
  params?: FieldMessageParams;
}

export function fieldMessage(key: FieldMessageKey, params?: FieldMessageParams): FieldMessage {
  return params ? { key, params } : { key };
}

/** class-validator's `message` is a string: the key, and its parameters as JSON after a space. */
export function validationMessage(key: FieldMessageKey, params?: FieldMessageParams): string {
  return params ? `${key} ${JSON.stringify(params)}` : key;
}

export function isFieldMessage(value: unknown): value is FieldMessage {
  return !!value && typeof value === "object" && typeof (value as FieldMessage).key === "string" && Object.hasOwn(FIELD_MESSAGES, (value as FieldMessage).key);
}

export function renderFieldMessage(message: FieldMessage, locale: Locale): string {
  const params = message.params;
  return fillTemplate(FIELD_MESSAGES[message.key][locale], (name) => (params && Object.hasOwn(params, name) ? String(params[name]) : undefined));
}

/**
 * class-validator's own messages, for the rules given without a message of ours
 * (`purpose must be shorter than or equal to 10000 characters`): said plainly in either language.
 */
const DEFAULTS: { en: RegExp; key: FieldMessageKey }[] = [
  { en: /^(?:each value in )?\S+ must be shorter than or equal to (\d+) characters$/, key: "validator.maxLength" },
  { en: /^(?:each value in )?\S+ must be longer than or equal to (\d+) characters$/, key: "validator.minLength" },
  { en: /^\S+ must not be greater than (-?[\d.]+)$/, key: "validator.max" },
  { en: /^\S+ must not be less than (-?[\d.]+)$/, key: "validator.min" },
  { en: /^\S+ must contain no more than (\d+) elements$/, key: "validator.arrayMaxSize" },
  { en: /^\S+ must contain at least (\d+) elements$/, key: "validator.arrayMinSize" },
  { en: /^\S+ must be an integer number$/, key: "validator.isInt" },
  { en: /^\S+ must be one of the following values: (.*)$/, key: "validator.isEnum" },
];

/** Numbers as the interface writes them: 10 000, not 10000. */
function plain(value: string, locale: Locale): string {
  return /^-?\d{5,}$/.test(value) ? new Intl.NumberFormat(locale === "en" ? "en-GB" : "sv-SE").format(Number(value)).replace(/\u00a0/g, " ") : value;
}

/** A class-validator constraint in the request's language: ours by key, class-validator's own said plainly; anything else as it is. */
export function localiseConstraint(message: string, locale: Locale): string {
  const space = message.indexOf(" ");
  const key = space < 0 ? message : message.slice(0, space);
  if (Object.hasOwn(FIELD_MESSAGES, key) && (space < 0 || message[space + 1] === "{")) {
    return renderFieldMessage(
      { key: key as FieldMessageKey, params: space < 0 ? undefined : (JSON.parse(message.slice(space + 1)) as FieldMessageParams) },
      locale,
    );
  }
  for (const d of DEFAULTS) {
    const m = d.en.exec(message);
    if (m) return renderFieldMessage({ key: d.key, params: { value: plain(m[1] ?? "", locale) } }, locale);
  }
  return message;
}

interface FieldError {
  message?: unknown;
}

/** `extensions.fields` with each message rendered in the request's language. */
export function renderFieldErrors<T>(fields: T, locale: Locale): T {
  if (!Array.isArray(fields)) return fields;
  return fields.map((f: FieldError) => (f && isFieldMessage(f.message) ? { ...f, message: renderFieldMessage(f.message, locale) } : f)) as T;
}

/** Error parameters with any field message among them (a `reason`) rendered in the request's language. */
export function renderFieldParams<P extends Record<string, unknown>>(params: P | undefined, locale: Locale): P | undefined {
  if (!params || !Object.values(params).some(isFieldMessage)) return params;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, isFieldMessage(v) ? renderFieldMessage(v, locale) : v])) as P;
}
