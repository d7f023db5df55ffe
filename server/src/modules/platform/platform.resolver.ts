import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Actor } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";

@ObjectType({ description: "Settings of the whole platform, changed by the platform administrator" })
export class PlatformSettings {
  @Field(() => Int, { description: "Months after a training, meeting or application before participants' and contacts' personal data is erased" })
  retentionMonths: number;

  @Field(() => Int, { description: "The default from the environment (PERSONAL_DATA_RETENTION_MONTHS)" })
  retentionMonthsDefault: number;

  @Field({ description: "Deciding on and paying out money needs two-factor sign-in" })
  requireTotpForMoney: boolean;

  @Field({ description: "The default from the environment (SAMVERKA_REQUIRE_TOTP_FOR_MONEY)" })
  requireTotpForMoneyDefault: boolean;

  @Field(() => Date, { nullable: true, description: "When the daily erasure of personal data last ran" })
  lastRetentionRunAt: Date | null;
}

@InputType()
export class PlatformSettingsInput {
  @Field(() => Int, { nullable: true, description: "1 to 240 months" })
  retentionMonths?: number | null;

  @Field(() => Boolean, { nullable: true })
  requireTotpForMoney?: boolean | null;
}

@Resolver()
export class PlatformResolver {
  @Query(() => PlatformSettings)
  platformSettings(@Ctx() ctx: Context) {
    return ctx.services.personalData.settingsView();
  }

  @Mutation(() => PlatformSettings, { description: "Change platform settings; those not given keep their value" })
  async updatePlatformSettings(@Arg("input") input: PlatformSettingsInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    await ctx.services.platformSettings.update(actor, {
      retentionMonths: input.retentionMonths ?? undefined,
      requireTotpForMoney: input.requireTotpForMoney ?? undefined,
    });
    return ctx.services.personalData.settingsView();
  }
}
