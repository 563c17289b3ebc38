using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Web.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SearchAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Query = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Cluster = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Hazard = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Culture = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MatchedUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SearchAlerts_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SearchAlertMails",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    ComposedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchAlertMails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SearchAlertMails_SearchAlerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "SearchAlerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SearchAlertMatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MatchedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DigestRecordId = table.Column<long>(type: "bigint", nullable: true),
                    AlertMailId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchAlertMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SearchAlertMatches_SearchAlerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "SearchAlerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchAlertMails_AlertId",
                table: "SearchAlertMails",
                column: "AlertId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchAlertMails_Status",
                table: "SearchAlertMails",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_SearchAlertMatches_AlertId_ContentId",
                table: "SearchAlertMatches",
                columns: new[] { "AlertId", "ContentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchAlertMatches_AlertMailId",
                table: "SearchAlertMatches",
                column: "AlertMailId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchAlertMatches_DigestRecordId",
                table: "SearchAlertMatches",
                column: "DigestRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchAlerts_UserId",
                table: "SearchAlerts",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchAlertMails");

            migrationBuilder.DropTable(
                name: "SearchAlertMatches");

            migrationBuilder.DropTable(
                name: "SearchAlerts");
        }
    }
}
