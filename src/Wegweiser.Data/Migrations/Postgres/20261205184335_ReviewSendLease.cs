using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wegweiser.Data.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "SendClaimedUtc",
                table: "ReviewRequests",
                type: "timestamp with time zone",
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
