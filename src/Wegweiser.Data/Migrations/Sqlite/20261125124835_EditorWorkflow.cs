using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wegweiser.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EditorWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Comment",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ScheduledActions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DoneUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledActions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledActions_DoneUtc_DueUtc",
                table: "ScheduledActions",
                columns: new[] { "DoneUtc", "DueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledActions_ItemId",
                table: "ScheduledActions",
                column: "ItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScheduledActions");

            migrationBuilder.DropColumn(
                name: "Comment",
                table: "AuditEntries");
        }
    }
}
