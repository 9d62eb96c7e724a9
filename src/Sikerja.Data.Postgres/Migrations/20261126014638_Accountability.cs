using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sikerja.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Accountability : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "OfficialInRegionNeedsPermit",
                table: "Policies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OutOfRegionNeedsPermit",
                table: "Policies",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "Reporting",
                table: "Policies",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "HomeWorkers");

            migrationBuilder.CreateTable(
                name: "CustomRegions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomRegions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomRegions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DailyReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    ReviewedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReturnComment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DailyReports_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DailyReports_Employees_ReviewedBy",
                        column: x => x.ReviewedBy,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DailyReports_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HighRiskRegions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HighRiskRegions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HighRiskRegions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AgreedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    AgreedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceTargets_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceTargets_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecapRoutes",
                columns: table => new
                {
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    AsistenId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecapRoutes", x => x.AgencyId);
                    table.ForeignKey(
                        name: "FK_RecapRoutes_Employees_AsistenId",
                        column: x => x.AsistenId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecapRoutes_OrgUnits_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecapRoutes_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportSettings",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeadlineWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    DeadlineTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    ReminderTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSettings", x => x.TenantId);
                    table.ForeignKey(
                        name: "FK_ReportSettings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewDelegations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    DelegatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    DelegateId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewDelegations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewDelegations_Employees_DelegateId",
                        column: x => x.DelegateId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewDelegations_Employees_DelegatorId",
                        column: x => x.DelegatorId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewDelegations_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TravelPermits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DestinationCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DestinationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LeavesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReturnsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Emergency = table.Column<bool>(type: "boolean", nullable: false),
                    Contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OutOfRegion = table.Column<bool>(type: "boolean", nullable: false),
                    HighRisk = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Chain = table.Column<string[]>(type: "text[]", nullable: false),
                    StepsApproved = table.Column<int>(type: "integer", nullable: false),
                    ApprovedAfterDeparture = table.Column<bool>(type: "boolean", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    QuarantineUntil = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TravelPermits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TravelPermits_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TravelPermits_OrgUnits_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TravelPermits_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TravelRecaps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    SignedOffBy = table.Column<Guid>(type: "uuid", nullable: true),
                    SignerName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    SignerTitle = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    SignerNip = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    SignedOffAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AsistenId = table.Column<Guid>(type: "uuid", nullable: true),
                    ForwardedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ForwardedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TravelRecaps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TravelRecaps_OrgUnits_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TravelRecaps_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TravelSettings",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    HomeRegionCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OfficialChain = table.Column<string[]>(type: "text[]", nullable: false),
                    PrivateChain = table.Column<string[]>(type: "text[]", nullable: false),
                    HighRiskExtraStep = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    EmergencyGraceHours = table.Column<int>(type: "integer", nullable: false),
                    QuarantineDaysAfterHighRisk = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TravelSettings", x => x.TenantId);
                    table.ForeignKey(
                        name: "FK_TravelSettings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    End = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportActivities_DailyReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "DailyReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReportActivities_PerformanceTargets_TargetId",
                        column: x => x.TargetId,
                        principalTable: "PerformanceTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TravelDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PermitId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepIndex = table.Column<int>(type: "integer", nullable: false),
                    Step = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Approved = table.Column<bool>(type: "boolean", nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DecidedByUser = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedByEmployee = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TravelDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TravelDecisions_TravelPermits_PermitId",
                        column: x => x.PermitId,
                        principalTable: "TravelPermits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TravelRecapLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecapId = table.Column<Guid>(type: "uuid", nullable: false),
                    PermitId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Nip = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    PositionTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Category = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PermitStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DestinationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LeavesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReturnsOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TravelRecapLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TravelRecapLines_TravelRecaps_RecapId",
                        column: x => x.RecapId,
                        principalTable: "TravelRecaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportAttachments",
                columns: table => new
                {
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportAttachments", x => x.ActivityId);
                    table.ForeignKey(
                        name: "FK_ReportAttachments_ReportActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "ReportActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CustomRegions_TenantId_Code",
                table: "CustomRegions",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DailyReports_EmployeeId_WorkDate",
                table: "DailyReports",
                columns: new[] { "EmployeeId", "WorkDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DailyReports_ReviewedBy",
                table: "DailyReports",
                column: "ReviewedBy");

            migrationBuilder.CreateIndex(
                name: "IX_DailyReports_TenantId_WorkDate_Status",
                table: "DailyReports",
                columns: new[] { "TenantId", "WorkDate", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_HighRiskRegions_TenantId_RegionCode",
                table: "HighRiskRegions",
                columns: new[] { "TenantId", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTargets_EmployeeId_Year",
                table: "PerformanceTargets",
                columns: new[] { "EmployeeId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTargets_TenantId",
                table: "PerformanceTargets",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RecapRoutes_AsistenId",
                table: "RecapRoutes",
                column: "AsistenId");

            migrationBuilder.CreateIndex(
                name: "IX_RecapRoutes_TenantId",
                table: "RecapRoutes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportActivities_ReportId",
                table: "ReportActivities",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportActivities_TargetId",
                table: "ReportActivities",
                column: "TargetId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDelegations_DelegateId_From",
                table: "ReviewDelegations",
                columns: new[] { "DelegateId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDelegations_DelegatorId_From",
                table: "ReviewDelegations",
                columns: new[] { "DelegatorId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDelegations_TenantId",
                table: "ReviewDelegations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_TravelDecisions_PermitId",
                table: "TravelDecisions",
                column: "PermitId");

            migrationBuilder.CreateIndex(
                name: "IX_TravelPermits_AgencyId",
                table: "TravelPermits",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_TravelPermits_EmployeeId_LeavesOn",
                table: "TravelPermits",
                columns: new[] { "EmployeeId", "LeavesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TravelPermits_TenantId_AgencyId_LeavesOn",
                table: "TravelPermits",
                columns: new[] { "TenantId", "AgencyId", "LeavesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TravelPermits_TenantId_Status",
                table: "TravelPermits",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TravelRecapLines_RecapId",
                table: "TravelRecapLines",
                column: "RecapId");

            migrationBuilder.CreateIndex(
                name: "IX_TravelRecaps_AgencyId",
                table: "TravelRecaps",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_TravelRecaps_TenantId_AgencyId_Month",
                table: "TravelRecaps",
                columns: new[] { "TenantId", "AgencyId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TravelRecaps_TenantId_Month_Status",
                table: "TravelRecaps",
                columns: new[] { "TenantId", "Month", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomRegions");

            migrationBuilder.DropTable(
                name: "HighRiskRegions");

            migrationBuilder.DropTable(
                name: "RecapRoutes");

            migrationBuilder.DropTable(
                name: "ReportAttachments");

            migrationBuilder.DropTable(
                name: "ReportSettings");

            migrationBuilder.DropTable(
                name: "ReviewDelegations");

            migrationBuilder.DropTable(
                name: "TravelDecisions");

            migrationBuilder.DropTable(
                name: "TravelRecapLines");

            migrationBuilder.DropTable(
                name: "TravelSettings");

            migrationBuilder.DropTable(
                name: "ReportActivities");

            migrationBuilder.DropTable(
                name: "TravelPermits");

            migrationBuilder.DropTable(
                name: "TravelRecaps");

            migrationBuilder.DropTable(
                name: "DailyReports");

            migrationBuilder.DropTable(
                name: "PerformanceTargets");

            migrationBuilder.DropColumn(
                name: "OfficialInRegionNeedsPermit",
                table: "Policies");

            migrationBuilder.DropColumn(
                name: "OutOfRegionNeedsPermit",
                table: "Policies");

            migrationBuilder.DropColumn(
                name: "Reporting",
                table: "Policies");
        }
    }
}
