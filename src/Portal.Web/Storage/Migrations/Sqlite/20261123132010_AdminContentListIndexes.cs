using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AdminContentListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_ModifiedUtc",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Type_ModifiedUtc",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_AdminList",
                table: "ContentItems",
                columns: new[] { "ModifiedUtc", "ContentId", "Culture", "Status", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_AdminListByType",
                table: "ContentItems",
                columns: new[] { "Type", "ModifiedUtc", "ContentId", "Culture", "Status", "Title" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_AdminList",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_AdminListByType",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ModifiedUtc",
                table: "ContentItems",
                column: "ModifiedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Type_ModifiedUtc",
                table: "ContentItems",
                columns: new[] { "Type", "ModifiedUtc" });
        }
    }
}
