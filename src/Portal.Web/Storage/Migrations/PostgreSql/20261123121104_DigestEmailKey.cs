using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DigestEmailKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DigestSubscriptions_Email",
                table: "DigestSubscriptions");

            migrationBuilder.AddColumn<string>(
                name: "EmailKey",
                table: "DigestSubscriptions",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            // Existing rows get their key; of rows that only differ in case (the duplicates this key
            // prevents from now on) the earliest keeps the plain key and the others a suffixed one,
            // so that the unique index can be built and no subscription is lost.
            migrationBuilder.Sql("""
                UPDATE "DigestSubscriptions" SET "EmailKey" = lower("Email");
                UPDATE "DigestSubscriptions" SET "EmailKey" = "EmailKey" || '#' || "Id"
                WHERE EXISTS (
                    SELECT 1 FROM "DigestSubscriptions" AS "Earlier"
                    WHERE lower("Earlier"."Email") = lower("DigestSubscriptions"."Email")
                      AND ("Earlier"."CreatedUtc" < "DigestSubscriptions"."CreatedUtc"
                           OR ("Earlier"."CreatedUtc" = "DigestSubscriptions"."CreatedUtc" AND "Earlier"."Id" < "DigestSubscriptions"."Id")));
                """);

            migrationBuilder.CreateIndex(
                name: "IX_DigestSubscriptions_EmailKey",
                table: "DigestSubscriptions",
                column: "EmailKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DigestSubscriptions_EmailKey",
                table: "DigestSubscriptions");

            migrationBuilder.DropColumn(
                name: "EmailKey",
                table: "DigestSubscriptions");

            migrationBuilder.CreateIndex(
                name: "IX_DigestSubscriptions_Email",
                table: "DigestSubscriptions",
                column: "Email",
                unique: true);
        }
    }
}
