// The function app on a Flex Consumption (FC1) plan: Linux, .NET 10 isolated worker, code pulled from a blob container
// with the app's own identity. Every storage setting is identity-based; no connection string or key is set.
@description('Name of the function app.')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region.')
param location string

param tags object = {}

@description('Resource ID of the user-assigned identity the app runs as.')
param identityId string

@description('Client ID of that identity (the host and the app pick it by this ID).')
param identityClientId string

@description('Name of the Application Insights component the host reports to.')
param applicationInsightsName string

@description('Blob, queue and table endpoints of the app\'s storage account.')
param storageEndpoints {
  blob: string
  queue: string
  table: string
}

@description('Blob container holding the deployment package (created with the storage account).')
param deploymentContainerName string

@description('Upper bound on instances across the whole app.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of each instance, in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('The app\'s own settings (schedules, SEC User-Agent, resource names).')
param appSettings object

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    // Linux.
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  // azd finds the app to deploy the 'api' service to by this tag.
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Deployments go through Entra ID (azd), so the publishing profile's user name and password are switched off.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

// The host's own storage connection, identity-based: the same keys the app's TrackerStorage reads.
var storageSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: storageEndpoints.blob
  AzureWebJobsStorage__queueServiceUri: storageEndpoints.queue
  AzureWebJobsStorage__tableServiceUri: storageEndpoints.table
  // Export download links are user-delegation SAS signed with the same identity (Blob Data Owner may ask for the key).
  Exports__BlobServiceUri: storageEndpoints.blob
  Exports__ManagedIdentityClientId: identityClientId
}

// The connection string only locates the component; with local auth off, telemetry is accepted on the identity's token.
var telemetrySettings = {
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
}

resource settings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'appsettings'
  properties: union(appSettings, storageSettings, telemetrySettings)
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
