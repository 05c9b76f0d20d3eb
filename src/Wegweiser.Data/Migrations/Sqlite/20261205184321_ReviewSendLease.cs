using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wegweiser.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewSendLease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SendAttempts",
                table: "ReviewRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "SendClaimedUtc",
                table: "ReviewRequests",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SendAttempts",
                table: "ReviewRequests");

            migrationBuilder.DropColumn(
                name: "SendClaimedUtc",
                table: "ReviewRequests");
        }
    }
}
