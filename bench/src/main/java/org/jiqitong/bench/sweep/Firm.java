package org.jiqitong.bench.sweep;

/** One entity as a Drools fact: the variables the generated DRL reads (a yearly one as ...Last / ...Latest). */
public final class Firm {

    private int id;
    private String industry;
    private String district;
    private String functionalZone;
    private String entityType;
    private String status;
    private String sizeClass;
    private boolean listed;
    private long establishedOn;
    private Long registeredCapital;
    private java.util.Set<String> qualifications;
    private java.util.Set<String> creditFlags;
    private Long employeesLast;
    private Long employeesLatest;
    private Long revenueLast;
    private Long revenueLatest;
    private Long totalAssetsLast;
    private Long totalAssetsLatest;
    private Long taxLast;
    private Long taxLatest;
    private Long rndLast;
    private Long rndLatest;

    public int getId() {
        return id;
    }

    public void setId(int id) {
        this.id = id;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getFunctionalZone() {
        return functionalZone;
    }

    public void setFunctionalZone(String functionalZone) {
        this.functionalZone = functionalZone;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSizeClass() {
        return sizeClass;
    }

    public void setSizeClass(String sizeClass) {
        this.sizeClass = sizeClass;
    }

    public boolean isListed() {
        return listed;
    }

    public void setListed(boolean listed) {
        this.listed = listed;
    }

    public long getEstablishedOn() {
        return establishedOn;
    }

    public void setEstablishedOn(long establishedOn) {
        this.establishedOn = establishedOn;
    }

    public Long getRegisteredCapital() {
        return registeredCapital;
    }

    public void setRegisteredCapital(Long registeredCapital) {
        this.registeredCapital = registeredCapital;
    }

    public java.util.Set<String> getQualifications() {
        return qualifications;
    }

    public void setQualifications(java.util.Set<String> qualifications) {
        this.qualifications = qualifications;
    }

    public java.util.Set<String> getCreditFlags() {
        return creditFlags;
    }

    public void setCreditFlags(java.util.Set<String> creditFlags) {
        this.creditFlags = creditFlags;
    }

    public Long getEmployeesLast() {
        return employeesLast;
    }

    public void setEmployeesLast(Long employeesLast) {
        this.employeesLast = employeesLast;
    }

    public Long getEmployeesLatest() {
        return employeesLatest;
    }

    public void setEmployeesLatest(Long employeesLatest) {
        this.employeesLatest = employeesLatest;
    }

    public Long getRevenueLast() {
        return revenueLast;
    }

    public void setRevenueLast(Long revenueLast) {
        this.revenueLast = revenueLast;
    }

    public Long getRevenueLatest() {
        return revenueLatest;
    }

    public void setRevenueLatest(Long revenueLatest) {
        this.revenueLatest = revenueLatest;
    }

    public Long getTotalAssetsLast() {
        return totalAssetsLast;
    }

    public void setTotalAssetsLast(Long totalAssetsLast) {
        this.totalAssetsLast = totalAssetsLast;
    }

    public Long getTotalAssetsLatest() {
        return totalAssetsLatest;
    }

    public void setTotalAssetsLatest(Long totalAssetsLatest) {
        this.totalAssetsLatest = totalAssetsLatest;
    }

    public Long getTaxLast() {
        return taxLast;
    }

    public void setTaxLast(Long taxLast) {
        this.taxLast = taxLast;
    }

    public Long getTaxLatest() {
        return taxLatest;
    }

    public void setTaxLatest(Long taxLatest) {
        this.taxLatest = taxLatest;
    }

    public Long getRndLast() {
        return rndLast;
    }

    public void setRndLast(Long rndLast) {
        this.rndLast = rndLast;
    }

    public Long getRndLatest() {
        return rndLatest;
    }

    public void setRndLatest(Long rndLatest) {
        this.rndLatest = rndLatest;
    }

}
