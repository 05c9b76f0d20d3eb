using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wegweiser.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContentChangeItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ItemIds",
                table: "ContentChanges",
                type: "TEXT",
                maxLength: 1850,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ItemIds",
                table: "ContentChanges");
        }
    }
}
