using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AdminContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "ContentItems",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            // Items written before this column take their latest version's title.
            migrationBuilder.Sql(
                "UPDATE \"ContentItems\" SET \"Title\" = (SELECT v.\"Title\" FROM \"ContentVersions\" v " +
                "WHERE v.\"ContentId\" = \"ContentItems\".\"ContentId\" AND v.\"Culture\" = \"ContentItems\".\"Culture\" " +
                "AND v.\"Number\" = \"ContentItems\".\"LatestVersion\") " +
                "WHERE EXISTS (SELECT 1 FROM \"ContentVersions\" v WHERE v.\"ContentId\" = \"ContentItems\".\"ContentId\" " +
                "AND v.\"Culture\" = \"ContentItems\".\"Culture\" AND v.\"Number\" = \"ContentItems\".\"LatestVersion\");");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ModifiedUtc",
                table: "ContentItems",
                column: "ModifiedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_OwnerId_ModifiedUtc",
                table: "ContentItems",
                columns: new[] { "OwnerId", "ModifiedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Type_ModifiedUtc",
                table: "ContentItems",
                columns: new[] { "Type", "ModifiedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_ModifiedUtc",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_OwnerId_ModifiedUtc",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Type_ModifiedUtc",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "ContentItems");
        }
    }
}
